namespace Bot.Delivery.LiveLink;

/// <summary>
/// Which links the bot waits for. Unset <c>Publishing:WaitForLiveLink</c> means: an http(s) link whose host is not a
/// name reserved for examples and tests (RFC 2606 and 6761: example.com/.net/.org, *.example, *.test, *.invalid,
/// localhost), so the sample blog and test sites are never asked while a real blog is.
/// </summary>
public static class LiveLinkDefaults
{
    private static readonly string[] ReservedDomains = ["example.com", "example.net", "example.org", "example", "test", "invalid", "localhost"];

    /// <summary>The link to ask before announcing, or null when the post is announced without waiting.</summary>
    public static Uri? LinkToAsk(bool? waitForLiveLink, string? link)
    {
        if (waitForLiveLink == false || !Uri.TryCreate(link, UriKind.Absolute, out var uri) || !IsHttp(uri))
        {
            return null;
        }

        return waitForLiveLink == true || !IsReservedHost(uri.IdnHost) ? uri : null;
    }

    /// <summary>True for a reserved example or test domain or any name under one.</summary>
    public static bool IsReservedHost(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var name = host.TrimEnd('.').ToLowerInvariant();
        return ReservedDomains.Any(d => name == d || name.EndsWith("." + d, StringComparison.Ordinal));
    }

    private static bool IsHttp(Uri uri) => uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps;
}
