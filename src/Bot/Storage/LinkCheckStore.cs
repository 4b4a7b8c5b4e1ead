namespace Bot.Storage;

/// <summary>The live-link waits in SQLite (<see cref="LinkChecksTable"/>): read and written by the one gate all channels share.</summary>
public sealed class LinkCheckStore(SqliteDatabase database)
{
    public LinkCheck? Find(string postId)
    {
        using var connection = database.Open();
        return LinkChecksTable.Find(connection, postId);
    }

    /// <param name="firstEver">True when the post had no check before, so a post already announced is live at once.</param>
    public LinkCheck Start(string postId, string link, DateTimeOffset now, bool firstEver)
    {
        using var connection = database.Open();
        return LinkChecksTable.Start(connection, postId, link, now, firstEver);
    }

    public void RecordWaiting(string postId, int checks, string answer, DateTimeOffset nextCheck)
    {
        using var connection = database.Open();
        LinkChecksTable.RecordWaiting(connection, postId, checks, answer, nextCheck);
    }

    public void Decide(string postId, LinkCheckOutcome outcome, int checks, string answer, DateTimeOffset now)
    {
        using var connection = database.Open();
        LinkChecksTable.Decide(connection, postId, outcome, checks, answer, now);
    }

    /// <summary>What <c>status</c> shows: posts still waiting and the newest ones announced without a live link.</summary>
    public IReadOnlyList<LinkCheck> LoadNotable(int timedOut)
    {
        using var connection = database.Open();
        return LinkChecksTable.LoadNotable(connection, timedOut);
    }
}
