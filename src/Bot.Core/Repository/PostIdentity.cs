namespace Bot.Core.Repository;

/// <summary>
/// A post's id is its source path relative to the repository root, <c>/</c> separators, extension included: two files
/// are always two posts, whatever their front matter says (Hexo publishes every post of a blog that reuses <c>id: 1</c>
/// everywhere). Editing the title, date or body keeps the id; moving or renaming the file makes it a new post.
/// </summary>
public static class PostIdentity
{
    public static string For(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source;
    }

    /// <summary>
    /// The id a post had before schema version 4: the front matter <c>id</c> or <c>abbrlink</c> when present, else the
    /// source path without extension with a Jekyll <c>YYYY-MM-DD-</c> file name prefix removed. Used once, to carry
    /// an older database's rows over to <see cref="For"/>.
    /// </summary>
    public static string Legacy(IReadOnlyDictionary<string, object?> fields, string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        foreach (var key in (string[])["id", "abbrlink"])
        {
            if (FrontMatterValues.GetString(fields, key)?.Trim() is { Length: > 0 } own)
            {
                return own;
            }
        }

        var extension = Path.GetExtension(source);
        var withoutExtension = extension.Length > 0 ? source[..^extension.Length] : source;
        var slash = withoutExtension.LastIndexOf('/');
        var name = withoutExtension[(slash + 1)..];
        return DatePrefix.TryStrip(name, out _, out var rest) ? withoutExtension[..(slash + 1)] + rest : withoutExtension;
    }
}
