using Microsoft.Extensions.Logging;

namespace Bot.Delivery.LiveLink;

/// <summary>The live-link gate's log lines.</summary>
internal static partial class LiveLinkGateLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Post {PostId}: its link {Link} answered {Answer}; its announcement waits until the link answers 2xx (asked again at {NextCheck:O}, announced anyway at {Deadline:O})")]
    public static partial void Waiting(ILogger logger, string postId, string link, string answer, DateTimeOffset nextCheck, DateTimeOffset deadline);

    [LoggerMessage(Level = LogLevel.Information, Message = "Post {PostId}: its link {Link} answers {Answer} after {Checks} checks; announcing")]
    public static partial void Live(ILogger logger, string postId, string link, string answer, int checks);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Post {PostId}: its link {Link} still answered {Answer} after {Timeout} (Publishing:LiveLinkTimeout, {Checks} checks); announcing it anyway. Check that the site was deployed and that Repository:SiteUrl and the permalink match it")]
    public static partial void TimedOut(ILogger logger, string postId, string link, string answer, TimeSpan timeout, int checks);
}
