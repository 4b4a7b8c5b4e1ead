using System.ComponentModel.DataAnnotations;

namespace Bot.Core.Publishing;

/// <summary>The <c>Publishing</c> settings section: what is announced and how deliveries are retried.</summary>
public sealed class PublishingOptions
{
    public const string SectionName = "Publishing";

    /// <summary>Announce a post again (one new delivery per channel) when its content changes.</summary>
    public bool AnnounceUpdates { get; set; }

    /// <summary>
    /// A safety valve: when one look at the repository would queue more than this many deliveries that are not a new
    /// channel's backfill, they are held until <c>Bot release</c> (or <c>Bot release --drop</c>) decides. 0 turns it off.
    /// </summary>
    [Range(0, int.MaxValue)]
    public int FloodGuard { get; set; } = 50;

    /// <summary>First retry delay after a transient failure; doubles with each attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest delay between two attempts; transient failures are retried forever at this pace.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Share of each retry delay that is randomised (0 to 1), so channels do not retry in lockstep.</summary>
    [Range(0.0, 1.0)]
    public double RetryJitter { get; set; } = 0.2;

    /// <summary>The default of <see cref="SendTimeout"/>.</summary>
    public static readonly TimeSpan DefaultSendTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The one send timeout of every platform: sending one message (one part of a delivery) that takes longer is
    /// abandoned and retried as a transient failure.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SendTimeout { get; set; } = DefaultSendTimeout;

    /// <summary>
    /// Before the first send of a post's announcement, wait until its link answers 2xx. Null (unset): on when the link
    /// is http(s) on a host that is not a reserved example domain (example.com, *.example, *.test, localhost ...).
    /// </summary>
    public bool? WaitForLiveLink { get; set; }

    /// <summary>Longest wait for a post's link, counted from when its announcement was queued; then it is announced anyway.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan LiveLinkTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How often an idle channel looks for rows written by another process (the <c>resend</c> verb). Rows written by
    /// the service itself wake the channel at once.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan IdlePollInterval { get; set; } = TimeSpan.FromSeconds(5);
}
