using Bot.Core.Commands;
using Bot.Core.Publishing;

namespace Bot.Core.Digests;

/// <summary>What a sender renders for a digest delivery.</summary>
public static class DigestRequests
{
    /// <summary>The heading language of a digest composed without settings, English as in the seed document.</summary>
    public const ReplyLanguage ChannelLanguage = ReplyLanguage.English;

    /// <summary>
    /// The digest the delivery loop composed; a digest request built without one (a test, a caller outside the loop)
    /// gets the default layout, English, summaries at the default length.
    /// </summary>
    public static Digest DigestOf(DeliveryRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Digest ?? DigestComposer.Compose(request.Posts, ChannelLanguage, new DigestOptions());
    }
}
