using System.Globalization;
using Bot.Storage;

namespace Bot.Cli;

/// <summary>
/// The <c>status</c> lines about live links: posts whose announcement waits for its link, and the newest ones that
/// were announced without a live link after <c>Publishing:LiveLinkTimeout</c>. Nothing when there are none.
/// </summary>
public static class LiveLinkStatusSection
{
    public const int TimedOutShown = 5;

    public static async Task WriteAsync(LinkCheckStore? store, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var checks = store?.LoadNotable(TimedOutShown) ?? [];
        if (checks.Count == 0)
        {
            return;
        }

        await output.WriteLineAsync("Live links");
        foreach (var check in checks)
        {
            await output.WriteLineAsync(check.Outcome == LinkCheckOutcome.Waiting
                ? string.Create(CultureInfo.InvariantCulture,
                    $"  waiting: {check.PostId}: {check.Link} answered {check.LastAnswer ?? "nothing yet"} ({check.Checks} checks since {Moment(check.FirstCheck)}; next {Moment(check.NextCheck)})")
                : string.Create(CultureInfo.InvariantCulture,
                    $"  announced without a live link: {check.PostId}: {check.Link} still answered {check.LastAnswer} at {Moment(check.Decided ?? check.NextCheck)} after {check.Checks} checks (Publishing:LiveLinkTimeout)"));
        }
    }

    private static string Moment(DateTimeOffset moment) => moment.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
