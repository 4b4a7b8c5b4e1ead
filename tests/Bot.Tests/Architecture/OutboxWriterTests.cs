namespace Bot.Tests.Architecture;

/// <summary>
/// One writer of outbox rows: only <c>SqliteOutboxStore</c> (behind <c>IOutboxStore</c>) touches the deliveries table,
/// so a digest, a resend and a planned announcement are all written by the same code.
/// </summary>
public sealed class OutboxWriterTests
{
    private static readonly string[] Allowed = ["Storage/DeliveriesTable.cs", "Storage/SqliteOutboxStore.cs"];

    [Fact]
    public void DeliveriesTable_UsedOutsideTheOutboxStore_Nowhere()
    {
        var source = Path.Combine(SolutionFolder(), "src");

        var users = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(file => File.ReadAllText(file).Contains("DeliveriesTable.", StringComparison.Ordinal))
            .Select(file => Path.GetRelativePath(Path.Combine(source, "Bot"), file).Replace('\\', '/'))
            .Where(file => !Allowed.Contains(file, StringComparer.Ordinal))
            .ToList();

        Assert.Empty(users);
    }

    private static string SolutionFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Bot.sln not found above " + AppContext.BaseDirectory);
    }
}
