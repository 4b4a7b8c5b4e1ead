using Microsoft.Data.Sqlite;

namespace Bot.Storage;

/// <summary>
/// Looks at the database at <c>Storage:Path</c> without creating or changing anything: for <c>check</c> and
/// <c>db check</c>. A problem comes back as the same explanation the service would give.
/// </summary>
public static class StorageProbe
{
    /// <summary>What is wrong, or null; <paramref name="summary"/> says what was found when nothing is wrong.</summary>
    public static string? Problem(string path, out string summary)
    {
        summary = "";
        if (!File.Exists(path))
        {
            var existing = NearestExistingFolder(Path.GetDirectoryName(path) ?? path);
            if (existing is null || !IsWritable(existing))
            {
                return StorageErrors.Explain(path, new UnauthorizedAccessException($"'{existing ?? path}' is not writable")).Message;
            }

            summary = $"'{path}' does not exist yet; the service creates it at its first start";
            return null;
        }

        try
        {
            using var connection = OpenReadOnly(path);
            var version = SchemaMigrator.ReadVersion(connection);
            if (version > SchemaMigrator.CurrentVersion)
            {
                return $"Storage:Path '{path}' has schema version {version}, newer than this build knows ({SchemaMigrator.CurrentVersion}); use a newer build.";
            }

            summary = $"'{path}': SQLite database, schema version {version}";
        }
        catch (SqliteException ex)
        {
            return StorageErrors.Explain(path, ex).Message;
        }

        var folder = Path.GetDirectoryName(path) ?? ".";
        return IsWritable(folder)
            ? null
            : StorageErrors.Explain(path, new UnauthorizedAccessException($"'{folder}' is not writable")).Message;
    }

    /// <summary>A connection that can neither create the file nor write to it; not pooled, so nothing stays open.</summary>
    public static SqliteConnection OpenReadOnly(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }

    private static string? NearestExistingFolder(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            if (dir.Exists)
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static bool IsWritable(string folder)
    {
        try
        {
            using var probe = new FileStream(
                Path.Combine(folder, $".bot-write-probe-{Guid.NewGuid():N}"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
