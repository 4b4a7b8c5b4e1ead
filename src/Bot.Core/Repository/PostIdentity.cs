namespace Bot.Core.Repository;

/// <summary>
/// A post's id, stable across edits of its title, date and body: the front matter <c>id</c> or <c>abbrlink</c> when
/// present, else the source path relative to the root without extension, with a Jekyll <c>YYYY-MM-DD-</c> file name
/// prefix removed so that moving a post to another date keeps its id.
/// </summary>
public static class PostIdentity
{
    public static string For(IReadOnlyDictionary<string, object?> fields, string source)
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
