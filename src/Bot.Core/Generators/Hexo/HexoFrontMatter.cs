using System.Text.RegularExpressions;
using Bot.Core.Repository;

namespace Bot.Core.Generators.Hexo;

/// <summary>
/// hexo-front-matter 4's <c>split</c> and <c>parse</c> (checked against its source and by running it): after
/// hexo-fs turns CRLF into LF, a file that opens with a line of three or more dashes has front matter up to the same
/// line again; a file that opens otherwise has front matter up to its first line of dashes when that text is a YAML
/// mapping (so one blank line before <c>---</c> still gives front matter, and so does YAML with no opening
/// <c>---</c>). YAML scalars are typed by <see cref="HexoYamlScalars"/>.
/// </summary>
public static partial class HexoFrontMatter
{
    public static FrontMatter Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal) : text;
        if (Opened().Match(normalized) is { Success: true } opened)
        {
            return Yaml(opened.Groups[2].Value, opened.Groups[3].Value);
        }

        if (normalized.StartsWith("---", StringComparison.Ordinal))
        {
            return None(text);
        }

        if (Unopened().Match(normalized) is { Success: true } unopened)
        {
            try
            {
                var fields = FrontMatterParser.ParseYaml(unopened.Groups[1].Value, HexoYamlScalars.Type);
                return fields.Count == 0 ? None(text) : new FrontMatter(fields, unopened.Groups[3].Value, FrontMatterKind.Yaml);
            }
            catch (FrontMatterException)
            {
                // Text before a horizontal rule that is not a YAML mapping: Hexo reads no front matter from it either.
                return None(text);
            }
        }

        return None(text);
    }

    private static FrontMatter Yaml(string yaml, string body) =>
        new(FrontMatterParser.ParseYaml(yaml, HexoYamlScalars.Type), body, FrontMatterKind.Yaml);

    private static FrontMatter None(string text) =>
        new(new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase), text, FrontMatterKind.None);

    [GeneratedRegex(@"^(-{3,})\n([\s\S]+?)\n\1\n?([\s\S]*)", RegexOptions.CultureInvariant)]
    private static partial Regex Opened();

    [GeneratedRegex(@"^([\s\S]+?)\n(-{3,})\n?([\s\S]*)", RegexOptions.CultureInvariant)]
    private static partial Regex Unopened();
}
