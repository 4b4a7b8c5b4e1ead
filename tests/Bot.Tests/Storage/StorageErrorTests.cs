using Bot.Cli;
using Bot.Storage;
using Bot.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Storage;

/// <summary>
/// An unusable database at <c>Storage:Path</c> (not a database, an unwritable folder, deleted while running): every
/// entry point names the key and the real path with the reason; nothing crashes and a broken file is never overwritten.
/// </summary>
public sealed class StorageErrorTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly ServiceFolder service = new();

    [Fact]
    public async Task CorruptedDatabase_StatusCheckAndService_NameThePathAndNeverOverwriteIt()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(service.DatabasePath)!);
        var garbage = string.Concat(Enumerable.Repeat("this is not a database. ", 200));
        File.WriteAllText(service.DatabasePath, garbage);

        var (statusCode, status) = await RunAsync("status");
        var (checkCode, check) = await RunAsync("check");
        var (serviceCode, serviceOutput) = await RunAsync();
        var (dbCode, db) = await RunAsync("db", "check");

        Assert.Equal(1, statusCode);
        var line = Assert.Single(status, l => l.Length > 0);
        Assert.StartsWith($"error: Storage:Path '{service.DatabasePath}' is not a readable SQLite database (file is not a database)", line, StringComparison.Ordinal);
        Assert.Equal(1, checkCode);
        Assert.Contains(check, l => l.StartsWith("FAIL", StringComparison.Ordinal) && l.Contains("Storage", StringComparison.Ordinal) && l.Contains(service.DatabasePath, StringComparison.Ordinal));
        Assert.Equal(3, serviceCode);
        Assert.Contains(serviceOutput, l => l.Contains("is not a readable SQLite database", StringComparison.Ordinal));
        Assert.Equal(1, dbCode);
        Assert.Contains(db, l => l.Contains("is not a readable SQLite database", StringComparison.Ordinal));
        Assert.Equal(garbage, File.ReadAllText(service.DatabasePath));
    }

    [Fact]
    public async Task UnwritableFolder_CheckFailsAndServiceExitsNamingThePath()
    {
        var path = Path.Combine(UnwritableFolder(), "data", "bot.db");
        service.WriteSettings(service.With("Storage:Path", path));

        var (checkCode, check) = await RunAsync("check");
        var (serviceCode, serviceOutput) = await RunAsync();

        Assert.Equal(1, checkCode);
        Assert.Contains(check, l => l.StartsWith("FAIL", StringComparison.Ordinal) && l.Contains($"Storage:Path '{path}'", StringComparison.Ordinal));
        Assert.Equal(3, serviceCode);
        var line = Assert.Single(serviceOutput, l => l.Length > 0);
        Assert.StartsWith($"error: Storage:Path '{path}' cannot be opened or created", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DatabaseDeletedWhileRunning_ServiceExitsWithClearError()
    {
        using var bot = BotProcess.Start(service.ConfigDirectory);
        await bot.ReadUntilAsync(l => l.Contains("First run: recorded", StringComparison.Ordinal), Timeout);

        File.Delete(service.DatabasePath);
        service.Blog.WritePost("fresh", TestBlog.FirstDate.AddDays(1));
        var (code, output) = await bot.ExitAsync(Timeout);

        Assert.Equal(3, code);
        Assert.Contains(output, l => l.StartsWith($"error: Storage:Path '{service.DatabasePath}' was deleted or replaced", StringComparison.Ordinal));
        Assert.DoesNotContain(output, l => ServiceFolder.IsAnnouncement(l, TestBlog.IdOf("fresh")));
    }

    [Fact]
    public async Task DbCheck_SoundDatabase_ReportsOk()
    {
        var database = new SqliteDatabase(Options.Create(new StorageOptions { Path = service.DatabasePath }));
        Assert.Equal(SchemaMigrator.CurrentVersion, database.SchemaVersion);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await DbVerb.CheckAsync(service.DatabasePath, output, error);

        Assert.Equal(0, code);
        Assert.Contains("integrity check ok", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Open_DatabaseFileReplacedByACopy_RefusedAndReplacedRaisedOnce()
    {
        var database = new SqliteDatabase(Options.Create(new StorageOptions { Path = service.DatabasePath }));
        using (database.Open())
        {
        }

        var raised = new List<StorageUnavailableException>();
        database.Replaced += raised.Add;
        File.Copy(service.DatabasePath, service.DatabasePath + ".copy");
        File.Move(service.DatabasePath + ".copy", service.DatabasePath, overwrite: true);

        var first = Assert.Throws<StorageUnavailableException>(database.Open);
        Assert.Throws<StorageUnavailableException>(database.Open);

        Assert.StartsWith($"Storage:Path '{service.DatabasePath}' was deleted or replaced", first.Message, StringComparison.Ordinal);
        Assert.Single(raised);
    }

    public void Dispose() => service.Dispose();

    private async Task<(int Code, List<string> Output)> RunAsync(params string[] arguments)
    {
        using var bot = BotProcess.Start(service.ConfigDirectory, arguments);
        return await bot.ExitAsync(Timeout);
    }

    /// <summary>A folder this process cannot write: a temp folder made read-only, or, as root (who ignores that), /sys.</summary>
    private string UnwritableFolder()
    {
        var folder = service.Combine("readonly");
        Directory.CreateDirectory(folder);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        }

        try
        {
            File.WriteAllText(Path.Combine(folder, "probe"), "");
        }
        catch (UnauthorizedAccessException)
        {
            return folder;
        }

        return "/sys";
    }
}
