using System.Buffers;

namespace Bot.Core.Covers;

/// <summary>
/// Turns a cover reference into the absolute URL subscribers' clients fetch. Kept: <c>http(s)</c> URLs; made
/// <c>https</c>: protocol-relative <c>//host/x</c>. Refused (null): <c>data:</c> URIs and every other scheme, and URLs
/// over <see cref="MaxLength"/> characters (Discord's embed URL limit). Paths are resolved by the generator's own
/// rule with <see cref="Join"/> (a folder URL plus a path) or <see cref="Resolve"/> (a browser's relative resolution).
/// </summary>
public static class CoverUrls
{
    public const int MaxLength = 2048;

    private static readonly SearchValues<char> SchemeCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.");

    /// <summary>The reference as an absolute URL when it already is one (or is protocol-relative); false for a path.</summary>
    /// <param name="url">The absolute http(s) URL, or null when the reference is absolute but unusable (<c>data:</c>, <c>ftp:</c>).</param>
    public static bool TryAbsolute(string reference, out string? url)
    {
        ArgumentNullException.ThrowIfNull(reference);
        url = null;
        if (reference.StartsWith("//", StringComparison.Ordinal))
        {
            url = Usable("https:" + reference);
            return true;
        }

        if (!HasScheme(reference))
        {
            return false;
        }

        url = Usable(reference);
        return true;
    }

    /// <summary>Resolves <paramref name="reference"/> against <paramref name="baseUrl"/> as a browser does (RFC 3986).</summary>
    public static string? Resolve(string baseUrl, string reference) =>
        Uri.TryCreate(baseUrl, UriKind.Absolute, out var root) && Uri.TryCreate(root, reference, out var resolved) ? Usable(resolved) : null;

    /// <summary>
    /// <paramref name="folderUrl"/> (a site root or a post's folder) followed by <paramref name="path"/>, one
    /// <c>/</c> between them: how <c>url_for</c>, <c>absolute_url</c> and <c>absURL</c> join.
    /// </summary>
    public static string? Join(string folderUrl, string path)
    {
        ArgumentNullException.ThrowIfNull(folderUrl);
        ArgumentNullException.ThrowIfNull(path);
        return Resolve(folderUrl.TrimEnd('/') + "/", path.TrimStart('/'));
    }

    /// <summary>Scheme, host and port of <paramref name="url"/> with a trailing <c>/</c> (where <c>/x</c> goes in a browser).</summary>
    public static string Origin(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) + "/" : url;

    /// <summary>
    /// The folder a post's own files are published in: its link with a trailing <c>.html</c>/<c>.htm</c> removed
    /// (Hexo's <c>PostAsset</c> path, Hugo's ugly URLs) and ending in <c>/</c>.
    /// </summary>
    public static string PageFolder(string link)
    {
        ArgumentNullException.ThrowIfNull(link);
        var cut = link.IndexOfAny(['?', '#']);
        var path = cut < 0 ? link : link[..cut];
        path = path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? path[..^5]
            : path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase) ? path[..^4]
            : path;
        return path.EndsWith('/') ? path : path + "/";
    }

    /// <summary>True for a reference that starts at the host root (<c>/img/a.png</c>, not <c>//host/a.png</c>).</summary>
    public static bool IsRootRelative(string reference) =>
        reference.StartsWith('/') && !reference.StartsWith("//", StringComparison.Ordinal);

    private static bool HasScheme(string reference)
    {
        var colon = reference.IndexOf(':', StringComparison.Ordinal);
        var slash = reference.IndexOfAny(['/', '?', '#']);
        return colon > 0 && (slash < 0 || colon < slash) && char.IsAsciiLetter(reference[0])
            && reference.AsSpan(0, colon).IndexOfAnyExcept(SchemeCharacters) < 0;
    }

    private static string? Usable(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? Usable(uri) : null;

    private static string? Usable(Uri uri) =>
        (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0 && uri.AbsoluteUri.Length <= MaxLength
            ? uri.AbsoluteUri
            : null;
}
