using System.ComponentModel.DataAnnotations;
using Bot.Core.Commands;

namespace Bot.Core.Digests;

/// <summary>The <c>Digest</c> settings section: how scheduled digests are composed.</summary>
public sealed class DigestOptions
{
    public const string SectionName = "Digest";

    /// <summary>Each entry's summary is shortened to this many user-perceived characters, ellipsis included.</summary>
    [Range(10, 1000)]
    public int SummaryLength { get; set; } = 120;

    /// <summary>Language of the digest heading: "Latest updates" (English) or "最新更新" (Chinese).</summary>
    public ReplyLanguage Language { get; set; } = ReplyLanguage.English;
}
