using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Bot.Core.Covers;

/// <summary>
/// The first image of a post body in reading order: a Markdown image (<c>![alt](src)</c>), a reference image
/// (<c>![alt][id]</c> with <c>[id]: src</c>) or an HTML <c>&lt;img src&gt;</c>. Images inside code are text, not images.
/// </summary>
public static partial class BodyImages
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    /// <summary>The first image, or null.</summary>
    public static string? First(string body) => InOrder(body).FirstOrDefault();

    /// <summary>Every image source in reading order (lazily: the walk stops when the caller has what it needs).</summary>
    public static IEnumerable<string> InOrder(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        // Most bodies have no image: skip the parse for them.
        if (!body.Contains("![", StringComparison.Ordinal) && !body.Contains("<img", StringComparison.OrdinalIgnoreCase))
        {
            yield break;
        }

        foreach (var node in Markdown.Parse(body, Pipeline).Descendants())
        {
            var source = node switch
            {
                LinkInline { IsImage: true } image => image.Url,
                HtmlInline html => ImgSource(html.Tag),
                HtmlBlock block => ImgSource(block.Lines.ToString()),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(source))
            {
                yield return source.Trim();
            }
        }
    }

    private static string? ImgSource(string html)
    {
        var match = ImgTag().Match(html);
        return !match.Success ? null
            : match.Groups["quoted"].Success ? System.Net.WebUtility.HtmlDecode(match.Groups["quoted"].Value)
            : System.Net.WebUtility.HtmlDecode(match.Groups["bare"].Value);
    }

    [GeneratedRegex("""<img\b[^>]*?\ssrc\s*=\s*(?:(?<q>["'])(?<quoted>.*?)\k<q>|(?<bare>[^\s"'>]+))""", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ImgTag();
}
