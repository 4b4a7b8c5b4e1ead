using Bot.Core.Posts;
using Bot.Core.Publishing;
using Bot.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Delivery.LiveLink;

/// <summary>
/// Holds a post's first announcement until its link answers 2xx (<c>Publishing:WaitForLiveLink</c>), asking with
/// backoff from 5 s to 1 min, and lets it go anyway after <c>Publishing:LiveLinkTimeout</c> with a warning. The wait
/// is a stored per-post state (<see cref="LinkCheckStore"/>) shared by every channel: one probe per post however many
/// channels wait for it, and a restart resumes the same wait.
/// </summary>
public sealed class LiveLinkGate
{
    public static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim[] stripes = [.. Enumerable.Range(0, 16).Select(_ => new SemaphoreSlim(1, 1))];
    private readonly LinkCheckStore store;
    private readonly LiveLinkProbe probe;
    private readonly TimeProvider time;
    private readonly LastGoodOptions<PublishingOptions> options;
    private readonly ILogger<LiveLinkGate> logger;

    public LiveLinkGate(LinkCheckStore store, LiveLinkProbe probe, TimeProvider time, IOptionsMonitor<PublishingOptions> options, ILogger<LiveLinkGate> logger)
    {
        this.store = store;
        this.probe = probe;
        this.time = time;
        this.options = new LastGoodOptions<PublishingOptions>(options);
        this.logger = logger;
    }

    /// <summary>Raised after each probe's answer is stored.</summary>
    public event Action<LinkChecked>? Checked;

    /// <summary>Delay before the check after <paramref name="checks"/> checks: 5 s, 10 s, 20 s, 40 s, then 1 min.</summary>
    public static TimeSpan Backoff(int checks) =>
        checks >= 5 ? MaxBackoff : TimeSpan.FromTicks(Math.Min(FirstBackoff.Ticks << Math.Max(checks - 1, 0), MaxBackoff.Ticks));

    /// <summary>
    /// Null when <paramref name="entry"/> may be sent now; else the moment to ask again. Digests and rows whose send
    /// already began (a retry, a crash mid-send) never wait: only a post's first announcement does.
    /// </summary>
    public async Task<DateTimeOffset?> NotBeforeAsync(OutboxEntry entry, Post post, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(post);
        var settings = options.Current;
        if (entry.Kind != DeliveryKind.Announcement || entry.PartsSent > 0 || entry.UnconfirmedSends > 0
            || LiveLinkDefaults.LinkToAsk(settings.WaitForLiveLink, post.Link) is not { } link)
        {
            return null;
        }

        var stripe = stripes[(uint)StringComparer.Ordinal.GetHashCode(post.Id) % (uint)stripes.Length];
        await stripe.WaitAsync(cancellationToken);
        try
        {
            return await DecideAsync(post, link, settings.LiveLinkTimeout, cancellationToken);
        }
        finally
        {
            stripe.Release();
        }
    }

    private async Task<DateTimeOffset?> DecideAsync(Post post, Uri link, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var check = store.Find(post.Id);
        if (check is null || check.Link != post.Link)
        {
            check = store.Start(post.Id, post.Link, now, firstEver: check is null);
        }

        if (check.Outcome != LinkCheckOutcome.Waiting)
        {
            return null;
        }

        if (check.NextCheck > now)
        {
            return check.NextCheck;
        }

        var answer = await probe.AskAsync(link, cancellationToken);
        now = time.GetUtcNow();
        var checks = check.Checks + 1;
        var deadline = check.FirstCheck + timeout;
        if (answer.IsLive || now >= deadline)
        {
            var outcome = answer.IsLive ? LinkCheckOutcome.Live : LinkCheckOutcome.TimedOut;
            store.Decide(post.Id, outcome, checks, answer.Text, now);
            if (answer.IsLive)
            {
                LiveLinkGateLog.Live(logger, post.Id, post.Link, answer.Text, checks);
            }
            else
            {
                LiveLinkGateLog.TimedOut(logger, post.Id, post.Link, answer.Text, timeout, checks);
            }

            Checked?.Invoke(new LinkChecked(post.Id, answer, outcome, null));
            return null;
        }

        var next = Min(now + Backoff(checks), deadline);
        store.RecordWaiting(post.Id, checks, answer.Text, next);
        if (checks == 1)
        {
            LiveLinkGateLog.Waiting(logger, post.Id, post.Link, answer.Text, next, deadline);
        }

        Checked?.Invoke(new LinkChecked(post.Id, answer, LinkCheckOutcome.Waiting, next));
        return next;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
