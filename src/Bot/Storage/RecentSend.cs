namespace Bot.Storage;

/// <summary>Messages the outbox recorded as sent to a channel at a time (a send in flight at a crash counts as now).</summary>
public sealed record RecentSend(string Channel, DateTimeOffset At, int Messages);
