using Bot.Core.Posts;
using Bot.Core.Publishing;
using Bot.Core.Repository;
using Bot.Delivery.LiveLink;
using Bot.Repository;
using Microsoft.Extensions.Options;

namespace Bot.Checks;

/// <summary>
/// Asks the newest post's link once, as the service does before announcing: a link that does not answer 2xx means
/// the site is not deployed yet or the site URL or permalink does not match it. Reserved example hosts (the sample
/// blog) are not asked unless <c>Publishing:WaitForLiveLink</c> is set to true.
/// </summary>
public sealed class LiveLinkCheck(
    RepositoryLocation location, IPostScanner scanner, LiveLinkProbe probe, IOptions<PublishingOptions> options, TimeProvider time) : ICheck
{
    public string Subject => "Live link";

    public async Task<IReadOnlyList<CheckLine>> RunAsync(CancellationToken cancellationToken)
    {
        if (location.UsesRemote && !Directory.Exists(Path.Combine(location.ClonePath, ".git")))
        {
            return []; // the repository check says it is not cloned yet
        }

        PostScan scan;
        try
        {
            scan = scanner.Scan(cancellationToken);
        }
        catch (RepositoryUnavailableException)
        {
            return []; // the repository check names the problem
        }

        var now = time.GetUtcNow();
        var newest = scan.Posts.Where(p => p.StatusAt(now) == PostStatus.Published)
            .OrderByDescending(p => p.Date).ThenBy(p => p.Id, StringComparer.Ordinal).FirstOrDefault();
        var waitSetting = options.Value.WaitForLiveLink;
        if (newest is null || LiveLinkDefaults.LinkToAsk(waitSetting == true ? true : null, newest.Link) is not { } link)
        {
            return [];
        }

        var answer = await probe.AskAsync(link, cancellationToken);
        if (answer.IsLive)
        {
            return [CheckLine.Pass(Subject, $"newest post's link {newest.Link} answers {answer.Text}")];
        }

        var consequence = LiveLinkDefaults.LinkToAsk(waitSetting, newest.Link) is null
            ? "check that the site is deployed and that Repository:SiteUrl and the permalink match it"
            : "new posts wait for their link to answer before they are announced (Publishing:WaitForLiveLink), at most Publishing:LiveLinkTimeout; check that the site is deployed and that Repository:SiteUrl and the permalink match it";
        var what = answer.StatusCode is null ? answer.Text : $"answered {answer.Text}";
        return [CheckLine.Warn(Subject, $"newest post's link {newest.Link}: {what}; {consequence}")];
    }
}
