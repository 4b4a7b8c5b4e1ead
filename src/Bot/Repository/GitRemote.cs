namespace Bot.Repository;

/// <summary>
/// <c>Repository:Remote</c> split into the URL git stores and the credential it must not store. The user-info of an
/// http(s) URL runs to the last <c>@</c> before the path, so a password with a raw <c>@</c> (<c>user:p@ss@host</c>)
/// stays whole; percent-escapes in it are decoded, as git decodes them.
/// </summary>
public sealed record GitRemote(string Url, string? UserName, string? Password)
{
    public bool HasCredential => UserName is not null || Password is not null;

    public static GitRemote Parse(string remote)
    {
        ArgumentNullException.ThrowIfNull(remote);
        var schemeEnd = remote.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0 || !remote.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return new GitRemote(remote, null, null);
        }

        var authorityStart = schemeEnd + 3;
        var authorityEnd = remote.IndexOfAny(['/', '?', '#'], authorityStart);
        var authority = authorityEnd < 0 ? remote[authorityStart..] : remote[authorityStart..authorityEnd];
        var at = authority.LastIndexOf('@');
        if (at < 0)
        {
            return new GitRemote(remote, null, null);
        }

        var userInfo = authority[..at];
        var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
        var bare = remote[..authorityStart] + remote[(authorityStart + at + 1)..];
        return colon < 0
            ? new GitRemote(bare, Uri.UnescapeDataString(userInfo), null)
            : new GitRemote(bare, Uri.UnescapeDataString(userInfo[..colon]), Uri.UnescapeDataString(userInfo[(colon + 1)..]));
    }

    public override string ToString() => Url;
}
