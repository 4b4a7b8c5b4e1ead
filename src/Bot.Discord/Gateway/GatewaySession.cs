namespace Bot.Discord.Gateway;

/// <summary>What is needed to resume: session id, resume url and the last sequence number seen.</summary>
/// <remarks>https://discord.com/developers/docs/events/gateway#resuming</remarks>
internal sealed class GatewaySession
{
    private int _sequence = -1;

    public string? SessionId { get; private set; }

    public Uri? ResumeUrl { get; private set; }

    public string? ApplicationId { get; private set; }

    public int? Sequence
    {
        get
        {
            var value = Volatile.Read(ref _sequence);
            return value < 0 ? null : value;
        }
    }

    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    public void Track(int sequence) => Volatile.Write(ref _sequence, sequence);

    public void Start(ReadyData ready)
    {
        SessionId = ready.SessionId;
        ResumeUrl = new Uri(ready.ResumeGatewayUrl);
        ApplicationId = ready.Application?.Id ?? ApplicationId;
    }

    /// <summary>Forgets the session (op 9 false, 4007, 4009): the next connection identifies afresh.</summary>
    public void Invalidate()
    {
        SessionId = null;
        ResumeUrl = null;
        Volatile.Write(ref _sequence, -1);
    }
}
