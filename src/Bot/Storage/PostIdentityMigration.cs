using Bot.Core.Posts;
using Bot.Core.Publishing;
using Microsoft.Data.Sqlite;

namespace Bot.Storage;

/// <summary>
/// The code half of schema version 4. Before it, a post's id was its front matter <c>id</c>/<c>abbrlink</c> or its
/// path without extension, and a post whose id was taken was not indexed at all; now the id is the source path. At
/// the first scan after the upgrade each old id's rows (seen, outbox, digest queue, digest contents) move to the post
/// that had it: the one whose content still matches the recorded hash, else the first by path. The other published
/// posts sharing that old id were hidden until now; they are recorded as seen, not announced.
/// </summary>
internal static class PostIdentityMigration
{
    public const string PendingKey = "post_identity_migration";

    private static readonly string[] RenameSql =
    [
        "UPDATE seen_posts SET post_id = $new WHERE post_id = $old;",
        "UPDATE deliveries SET post_id = $new WHERE post_id = $old;",
        "UPDATE OR IGNORE digest_queue SET post_id = $new WHERE post_id = $old;",
        "DELETE FROM digest_queue WHERE post_id = $old;",
        "UPDATE delivery_posts SET post_id = $new WHERE post_id = $old;",
    ];

    public static PostIdentityUpgrade? Apply(SqliteConnection connection, IReadOnlyList<Post> posts, DateTimeOffset now)
    {
        using var transaction = connection.BeginTransaction();
        if (MetaTable.Get(connection, transaction, PendingKey) is null)
        {
            return null;
        }

        var seen = LoadHashes(connection, transaction);
        var carried = 0;
        var marked = 0;
        foreach (var group in posts.Where(p => p.LegacyId is not null && p.LegacyId != p.Id).GroupBy(p => p.LegacyId!, StringComparer.Ordinal))
        {
            if (!seen.TryGetValue(group.Key, out var hash) || group.Any(p => seen.ContainsKey(p.Id)))
            {
                continue;
            }

            var owner = group.FirstOrDefault(p => p.ContentHash == hash) ?? group.MinBy(p => p.Source, StringComparer.Ordinal)!;
            foreach (var sql in RenameSql)
            {
                using var command = SqliteCommands.Create(connection, transaction, sql, ("$new", owner.Id), ("$old", group.Key));
                command.ExecuteNonQuery();
            }

            carried++;
            foreach (var hidden in group.Where(p => p != owner && p.StatusAt(now) == PostStatus.Published))
            {
                SeenPostsTable.Upsert(connection, transaction, new SeenPost(hidden.Id, hidden.ContentHash, Announced: false), now);
                marked++;
            }
        }

        using (var done = SqliteCommands.Create(connection, transaction, "DELETE FROM meta WHERE key = $key;", ("$key", PendingKey)))
        {
            done.ExecuteNonQuery();
        }

        transaction.Commit();
        return new PostIdentityUpgrade(carried, marked);
    }

    private static Dictionary<string, string> LoadHashes(SqliteConnection connection, SqliteTransaction transaction)
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        using var command = SqliteCommands.Create(connection, transaction, "SELECT post_id, content_hash FROM seen_posts;");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            hashes[reader.GetString(0)] = reader.GetString(1);
        }

        return hashes;
    }
}
