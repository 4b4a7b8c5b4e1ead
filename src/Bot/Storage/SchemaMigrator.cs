using Microsoft.Data.Sqlite;

namespace Bot.Storage;

/// <summary>Brings a database up to the newest schema: each step newer than <c>PRAGMA user_version</c>, in order, each in its own transaction.</summary>
public static class SchemaMigrator
{
    public static int CurrentVersion => SchemaMigrations.All[^1].Version;

    /// <summary>Applies pending steps and returns the version the database is at now.</summary>
    public static int Migrate(SqliteConnection connection, IReadOnlyList<SqliteMigration> migrations)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(migrations);
        var version = ReadVersion(connection);
        var newest = migrations.Count == 0 ? 0 : migrations[^1].Version;
        if (version > newest)
        {
            throw new InvalidDataException(
                $"Database '{connection.DataSource}' has schema version {version}, newer than this build knows ({newest}); use a newer build.");
        }

        foreach (var migration in migrations.Where(m => m.Version > version).OrderBy(m => m.Version))
        {
            using var transaction = connection.BeginTransaction();
            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = migration.Sql + $"\nPRAGMA user_version = {migration.Version};";
                command.ExecuteNonQuery();
            }

            transaction.Commit();
            version = migration.Version;
        }

        return version;
    }

    public static int ReadVersion(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
