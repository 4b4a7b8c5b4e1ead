using Microsoft.Data.Sqlite;

namespace Bot.Storage;

/// <summary>The <c>delivery_posts</c> table: the posts of each digest row of the outbox, in order.</summary>
internal static class DeliveryPostsTable
{
    public static void Insert(SqliteConnection connection, SqliteTransaction transaction, long deliveryId, IReadOnlyList<string> postIds)
    {
        for (var position = 0; position < postIds.Count; position++)
        {
            using var command = SqliteCommands.Create(connection, transaction,
                "INSERT INTO delivery_posts (delivery_id, position, post_id) VALUES ($id, $position, $post);",
                ("$id", deliveryId), ("$position", position), ("$post", postIds[position]));
            command.ExecuteNonQuery();
        }
    }

    public static List<string> Load(SqliteConnection connection, long deliveryId)
    {
        using var command = SqliteCommands.Create(connection, null,
            "SELECT post_id FROM delivery_posts WHERE delivery_id = $id ORDER BY position;", ("$id", deliveryId));
        using var reader = command.ExecuteReader();
        var postIds = new List<string>();
        while (reader.Read())
        {
            postIds.Add(reader.GetString(0));
        }

        return postIds;
    }
}
