namespace Bot.Core.Publishing;

/// <summary>What the store remembers between runs, as the change detector needs it.</summary>
/// <param name="Baselined">True once the first real index was recorded (the first-run baseline happened).</param>
/// <param name="SeenHashes">Content hash of every post recorded as seen, by post id.</param>
/// <param name="KnownChannels">Names of channels that were already set up (their start moment is recorded).</param>
public sealed record PublishingState(
    bool Baselined,
    IReadOnlyDictionary<string, string> SeenHashes,
    IReadOnlySet<string> KnownChannels)
{
    /// <summary>Per digest channel, the posts it got in its current schedule period (sent at once or queued).</summary>
    public IReadOnlyDictionary<string, int> DigestPeriodCounts { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    public static PublishingState Empty { get; } =
        new(false, new Dictionary<string, string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
}
