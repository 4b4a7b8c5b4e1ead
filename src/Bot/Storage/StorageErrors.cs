using Microsoft.Data.Sqlite;

namespace Bot.Storage;

/// <summary>Turns what SQLite and the file system say about <c>Storage:Path</c> into a message that says what to do.</summary>
public static class StorageErrors
{
    private const int SqliteReadOnly = 8;
    private const int SqliteCorrupt = 11;
    private const int SqliteFull = 13;
    private const int SqliteCannotOpen = 14;
    private const int SqliteNotADatabase = 26;

    public static StorageUnavailableException Explain(string path, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var folder = Path.GetDirectoryName(path) ?? path;
        var message = exception switch
        {
            SqliteException { SqliteErrorCode: SqliteNotADatabase or SqliteCorrupt } =>
                $"is not a readable SQLite database ({Reason(exception)}). It was left untouched: restore it from a backup, or move it away to start with an empty database.",
            SqliteException { SqliteErrorCode: SqliteReadOnly } =>
                $"cannot be written ({Reason(exception)}). Make the file and its folder '{folder}' writable by the bot's user, or point Storage:Path elsewhere.",
            SqliteException { SqliteErrorCode: SqliteCannotOpen } or UnauthorizedAccessException =>
                $"cannot be opened or created ({Reason(exception)}): the folder '{folder}' is missing or not writable by the bot's user. Fix its permissions or point Storage:Path elsewhere.",
            SqliteException { SqliteErrorCode: SqliteFull } =>
                $"cannot grow: the disk is full ({Reason(exception)}). Free space on the disk that holds '{folder}'.",
            _ => $"cannot be used ({Reason(exception)}). Check the file and its folder '{folder}', or point Storage:Path elsewhere.",
        };
        return new StorageUnavailableException($"Storage:Path '{path}' {message}", exception);
    }

    /// <summary>The one-line reason, without SQLite's "SQLite Error N:" prefix or a trailing period.</summary>
    public static string Reason(Exception exception) =>
        (exception is SqliteException sqlite && sqlite.Message.IndexOf(": '", StringComparison.Ordinal) is var at and > 0
            ? sqlite.Message[(at + 3)..].TrimEnd('\'', '.')
            : exception?.Message.TrimEnd('.')) ?? "unknown";
}
