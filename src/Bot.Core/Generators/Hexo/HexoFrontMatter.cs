using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.Core.Repository;
using YamlDotNet.Core;

namespace Bot.Core.Generators.Hexo;

/// <summary>
/// Front matter split the way hexo-front-matter (2.x to 5.x) splits it, after hexo-fs has turned CRLF into LF:
/// <list type="bullet">
/// <item>a first line of three or more <c>-</c> (or <c>;</c>) up to the same line again; <c>;;;</c> holds JSON;</item>
/// <item>a file that starts with such a line but never closes it has no front matter (the whole file is the body);</item>
/// <item>otherwise everything before the first line that starts with <c>---</c> (or <c>;;;</c>) is front matter when
/// it reads as a mapping: <c>title: x</c> on the first line and a <c>---</c> under it, with no opening line;</item>
/// <item>tabs that indent a YAML line count as two spaces each (hexo-front-matter's <c>escape</c>, also applied to
/// <c>_config.yml</c> by Hexo's YAML renderer).</item>
/// </list>
/// Plain YAML scalars are typed by <see cref="HexoYamlScalars"/> (js-yaml's core schema).
/// </summary>
public static partial class HexoFrontMatter
{
    public static FrontMatter Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Prefixed().Match(normalized) is { Success: true } prefixed)
        {
            return Read(prefixed.Groups["data"].Value, prefixed.Groups["body"].Value, prefixed.Groups["sep"].Value, strict: true)
                ?? None(text);
        }

        if (PrefixSeparator().IsMatch(normalized))
        {
            return None(text);
        }

        if (Suffixed().Match(normalized) is { Success: true } suffixed)
        {
            return Read(suffixed.Groups["data"].Value, suffixed.Groups["body"].Value, suffixed.Groups["sep"].Value, strict: false)
                ?? None(text);
        }

        return None(text);
    }

    /// <summary>hexo-front-matter's <c>escape</c>: each tab that indents a line (after the first) becomes two spaces.</summary>
    public static string EscapeTabs(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        return IndentTabs().Replace(yaml, m => "\n" + new string(' ', 2 * (m.Length - 1)));
    }

    /// <summary>
    /// The block's fields, or null when Hexo sees no front matter: JSON that does not parse, YAML that is empty or not
    /// a mapping. YAML that does not parse fails the post in Hexo; here that is a <see cref="FrontMatterException"/>
    /// (the post is skipped with a warning) in the <c>---</c>-first form, while in the form without an opening line
    /// the block is more likely Markdown above a rule, so the file is kept as body rather than dropped.
    /// </summary>
    private static FrontMatter? Read(string data, string body, string separator, bool strict)
    {
        if (separator.StartsWith(';'))
        {
            return Json(data) is { } json ? new FrontMatter(json, body, FrontMatterKind.Yaml) : null;
        }

        var yaml = EscapeTabs(data);
        object? root;
        try
        {
            root = YamlFields.Read(yaml, HexoYamlScalars.Type);
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            if (strict)
            {
                _ = FrontMatterParser.ParseYaml(yaml, HexoYamlScalars.Type);
                throw;
            }

            return null;
        }

        return root is Dictionary<string, object?> fields ? new FrontMatter(fields, body, FrontMatterKind.Yaml) : null;
    }

    private static Dictionary<string, object?>? Json(string data)
    {
        try
        {
            using var document = JsonDocument.Parse("{" + data + "}");
            return (Dictionary<string, object?>)FromJson(document.RootElement)!;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject()
            .Aggregate(new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase), (map, p) => { map[p.Name] = FromJson(p.Value); return map; }),
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => element.GetRawText(),
    };

    private static FrontMatter None(string text) =>
        new(new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase), text, FrontMatterKind.None);

    [GeneratedRegex(@"^(?<sep>-{3,}|;{3,})\n(?<data>[\s\S]+?)\n\k<sep>\n?(?<body>[\s\S]*)")]
    private static partial Regex Prefixed();

    [GeneratedRegex(@"^(-{3,}|;{3,})")]
    private static partial Regex PrefixSeparator();

    [GeneratedRegex(@"^(?<data>[\s\S]+?)\n(?<sep>-{3,}|;{3,})\n?(?<body>[\s\S]*)")]
    private static partial Regex Suffixed();

    [GeneratedRegex(@"\n\t+")]
    private static partial Regex IndentTabs();
}
