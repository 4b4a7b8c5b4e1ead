using Bot.Core.Publishing;
using Microsoft.Data.Sqlite;

namespace Bot.Storage;

/// <summary>The <c>seen_posts</c> table: every post recorded as published, with its content hash.</summary>
internal static class SeenPostsTable
{
    public static Dictionary<string, string> LoadHashes(SqliteConnection connection)
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        using var command = SqliteCommands.Create(connection, null, "SELECT post_id, content_hash FROM seen_posts;");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            hashes[reader.GetString(0)] = reader.GetString(1);
        }

        return hashes;
    }

    public static void Upsert(SqliteConnection connection, SqliteTransaction transaction, SeenPost post, DateTimeOffset now)
    {
        using var command = SqliteCommands.Create(connection, transaction, """
            INSERT INTO seen_posts (post_id, content_hash, first_seen, announced)
            VALUES ($id, $hash, $now, $announced)
            ON CONFLICT (post_id) DO UPDATE SET content_hash = excluded.content_hash,
                announced = MAX(seen_posts.announced, excluded.announced);
            """,
            ("$id", post.PostId), ("$hash", post.ContentHash), ("$now", SqliteCommands.ToUnixMs(now)), ("$announced", post.Announced ? 1 : 0));
        command.ExecuteNonQuery();
    }
}
