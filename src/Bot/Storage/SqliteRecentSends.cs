namespace Bot.Storage;

/// <summary>
/// What the outbox says was sent lately, for the platforms' rate limiters to start from after a restart: every row
/// sent since a time (a multi-part row counts each of its messages), and every pending row with a send that began and
/// was never recorded (it may have arrived just before a crash), counted at <c>now</c>. With the targets the platform
/// moved channels to.
/// </summary>
public sealed class SqliteRecentSends(SqliteDatabase database)
{
    public Task<IReadOnlyList<RecentSend>> LoadAsync(DateTimeOffset since, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        using var connection = database.Open();
        using var command = SqliteCommands.Create(connection, null, """
            SELECT channel, sent, message_id FROM deliveries WHERE status = 'sent' AND sent >= $since
            UNION ALL
            SELECT channel, NULL, part_message_ids FROM deliveries WHERE status = 'pending' AND unconfirmed_sends > 0;
            """,
            ("$since", SqliteCommands.ToUnixMs(since)));
        using var reader = command.ExecuteReader();
        var sends = new List<RecentSend>();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sent = SqliteCommands.FromNullableUnixMs(reader, 1);
            var messages = Messages(SqliteCommands.NullableString(reader, 2));
            sends.Add(sent is { } at
                ? new RecentSend(reader.GetString(0), at, messages)
                : new RecentSend(reader.GetString(0), now, 1)); // the part that was in flight
        }

        return Task.FromResult<IReadOnlyList<RecentSend>>(sends);
    }

    public Task<IReadOnlyDictionary<string, string>> LoadTargetOverridesAsync(CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        return Task.FromResult<IReadOnlyDictionary<string, string>>(ChannelsTable.LoadTargetOverrides(connection));
    }

    /// <summary>Multi-part rows keep their message ids comma-separated.</summary>
    private static int Messages(string? messageIds) => string.IsNullOrEmpty(messageIds) ? 1 : messageIds.Count(c => c == ',') + 1;
}
