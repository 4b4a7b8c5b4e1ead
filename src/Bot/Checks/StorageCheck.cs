using Bot.Storage;

namespace Bot.Checks;

/// <summary>The database at <c>Storage:Path</c> can be opened and written, or created; it is never created or changed here.</summary>
public sealed class StorageCheck(SqliteDatabase database) : ICheck
{
    public string Subject => "Storage";

    public Task<IReadOnlyList<CheckLine>> RunAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CheckLine>>([
            StorageProbe.Problem(database.FilePath, out var summary) is { } problem
                ? CheckLine.Fail(Subject, problem)
                : CheckLine.Pass(Subject, summary),
        ]);
}
