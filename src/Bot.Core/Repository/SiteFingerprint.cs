using Bot.Core.Summaries;

namespace Bot.Core.Repository;

/// <summary>
/// Everything that shapes a parsed post besides its own file: when it changes, every file is re-parsed. Compared by
/// value, so a setting added to <see cref="SiteSettings"/> (or a generator's settings) is part of it without listing.
/// </summary>
internal sealed record SiteFingerprint(SiteSettings Site, int SummaryMaxLength, string CodePlaceholder)
{
    public static SiteFingerprint Of(SiteSettings site, SummaryOptions summary) => new(site, summary.MaxLength, summary.CodePlaceholder);
}
