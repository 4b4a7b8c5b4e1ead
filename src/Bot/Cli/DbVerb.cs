using System.CommandLine;
using Bot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Cli;

/// <summary>
/// <c>db check</c>: runs SQLite's <c>PRAGMA integrity_check</c> on the database at <c>Storage:Path</c>, read-only
/// (safe beside the running service), and prints what it found. Exit code 0 when the database is sound, 1 otherwise.
/// </summary>
public static class DbVerb
{
    public static Command Create()
    {
        var check = new Command("check", "Run SQLite's integrity check on the database (read-only).");
        check.SetAction((parse, ct) => VerbHost.RunAsync(
            parse.GetValue(BotCli.ConfigOption) ?? [],
            services => CheckAsync(services.GetRequiredService<SqliteDatabase>().FilePath, Console.Out, Console.Error),
            ct));
        return new Command("db", "Inspect the bot's database.") { check };
    }

    public static async Task<int> CheckAsync(string path, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"error: Storage:Path '{path}' does not exist; the service creates it at its first start.");
            return 1;
        }

        var problems = new List<string>();
        int version;
        try
        {
            using var connection = StorageProbe.OpenReadOnly(path);
            version = SchemaMigrator.ReadVersion(connection);
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check;";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                problems.Add(reader.GetString(0));
            }
        }
        catch (SqliteException ex)
        {
            await error.WriteLineAsync($"error: {StorageErrors.Explain(path, ex).Message}");
            return 1;
        }

        if (problems is ["ok"])
        {
            await output.WriteLineAsync($"Database '{path}' (Storage:Path), schema version {version}: integrity check ok.");
            return 0;
        }

        await output.WriteLineAsync($"Database '{path}' (Storage:Path), schema version {version}: integrity check found {problems.Count} problems:");
        foreach (var problem in problems)
        {
            await output.WriteLineAsync($"  {problem}");
        }

        await output.WriteLineAsync("Stop the service, keep a copy of the file, and restore it from a backup (or try `sqlite3 bot.db .recover`).");
        return 1;
    }
}
