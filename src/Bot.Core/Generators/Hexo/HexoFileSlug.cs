using Bot.Core.Links;
using System.Text;
using System.Text.RegularExpressions;

namespace Bot.Core.Generators.Hexo;

/// <summary>
/// Hexo's post slug (what <c>:title</c> prints): the source path under <c>_posts</c> without extension, read against
/// <c>new_post_name</c> as Hexo's <c>parseFilename</c> does. With the default <c>:title.md</c> the slug is the path as
/// it is; with <c>:year-:month-:day-:title.md</c> a file <c>2024-03-01-hello</c> has the slug <c>hello</c>; a path
/// that does not fit the pattern (<c>notes/2024-03-03-nested</c>) is slugized whole (<c>notes-2024-03-03-nested</c>),
/// as Hexo 8.1.2 publishes it.
/// </summary>
public static class HexoFileSlug
{
    public const string DefaultNewPostName = ":title.md";

    private static readonly Dictionary<string, string> Segments = new(StringComparer.Ordinal)
    {
        ["year"] = @"(\d{4})",
        ["month"] = @"(\d{2})",
        ["day"] = @"(\d{2})",
        ["i_month"] = @"(\d{1,2})",
        ["i_day"] = @"(\d{1,2})",
        ["hash"] = "([0-9a-f]{12})",
    };

    public static string From(string? newPostName, string postPath)
    {
        ArgumentNullException.ThrowIfNull(postPath);
        var rule = string.IsNullOrWhiteSpace(newPostName) ? DefaultNewPostName : newPostName;
        rule = rule[..^Path.GetExtension(rule).Length];
        var names = new List<string>();
        var pattern = new StringBuilder("^");
        var expanded = PermalinkTemplate.Expand(rule, name =>
        {
            names.Add(name);
            return "\u0000" + name + "\u0000";
        });
        var parts = expanded.Split('\u0000');
        for (var i = 0; i < parts.Length; i++)
        {
            pattern.Append(i % 2 == 0 ? Regex.Escape(parts[i]) : Segments.GetValueOrDefault(parts[i], "(.+?)"));
        }

        var match = Regex.Match(postPath, pattern.Append('$').ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var titleIndex = names.IndexOf("title");
        return match.Success && titleIndex >= 0 ? match.Groups[titleIndex + 1].Value : HexoSlug.Slugize(postPath);
    }
}
