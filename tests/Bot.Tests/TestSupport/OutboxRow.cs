namespace Bot.Tests.TestSupport;

/// <summary>One row of the deliveries table as a test reads it straight from the file.</summary>
public sealed record OutboxRow(long Id, string PostId, string Channel, string Status, int Attempts, string? MessageId, string? LastError);
