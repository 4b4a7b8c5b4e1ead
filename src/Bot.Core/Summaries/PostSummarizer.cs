using System.Text;
using Bot.Core.Repository;
using Bot.Core.Text;
using Markdig;
using Markdig.Syntax;

namespace Bot.Core.Summaries;

/// <summary>
/// The announcement summary of a post, from the Markdig syntax tree: a front matter <c>description</c>,
/// <c>excerpt</c> or <c>summary</c> wins; else the text before an excerpt separator (<c>&lt;!-- more --&gt;</c>,
/// <c>&lt;!--more--&gt;</c>, or the site's Jekyll <c>excerpt_separator</c>); else the start of the body. Whitespace
/// collapses and the text is cut with <see cref="TextShortener"/> to <see cref="SummaryOptions.MaxLength"/> graphemes.
/// Thread-safe: one instance (and one Markdig pipeline) serves a whole parallel scan.
/// </summary>
public sealed class PostSummarizer
{
    private const int MinimumPrefix = 16 * 1024;
    private static readonly string[] SummaryKeys = ["description", "excerpt", "summary"];
    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();
    private readonly SummaryOptions options;

    public PostSummarizer(SummaryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
    }

    public MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown ?? string.Empty, pipeline);

    /// <summary>The summary of a Markdown text with no front matter and no site separator.</summary>
    public string Summarize(string markdown) => Summarize(markdown, EmptyFields, null);

    public string Summarize(string body, IReadOnlyDictionary<string, object?> fields, string? excerptSeparator)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(fields);
        foreach (var key in SummaryKeys)
        {
            if (FrontMatterValues.GetString(fields, key) is { } own && !string.IsNullOrWhiteSpace(own))
            {
                return Finish(PlainText(Parse(own), stopAtMore: false, out _));
            }
        }

        if (!string.IsNullOrEmpty(excerptSeparator) && body.IndexOf(excerptSeparator, StringComparison.Ordinal) is > 0 and var cut)
        {
            return Finish(PlainText(Parse(body[..cut]), stopAtMore: false, out _));
        }

        // Parsing only what the summary can use keeps a full index fast: up to the first excerpt marker, or a prefix
        // long enough for the limit. The whole body is parsed when the prefix does not settle the summary.
        if (ExcerptMarker.FindEnd(body) is { } markerEnd)
        {
            var beforeMarker = PlainText(Parse(body[..markerEnd]), stopAtMore: true, out var stopped);
            if (stopped)
            {
                return Finish(beforeMarker);
            }
        }

        var prefixLength = Math.Max(MinimumPrefix, options.MaxLength * 32);
        if (body.Length > prefixLength)
        {
            // Cut at a blank line, where no paragraph, emphasis or heading can span the cut.
            var blankLine = body.LastIndexOf("\n\n", prefixLength, StringComparison.Ordinal);
            var prefix = body[..(blankLine > prefixLength / 2 ? blankLine : prefixLength)];
            var fromPrefix = CollapseWhitespace(PlainText(Parse(prefix), stopAtMore: true, out var stoppedInPrefix));
            if (stoppedInPrefix || TextShortener.IsLongerThan(fromPrefix, options.MaxLength + 1))
            {
                return Finish(fromPrefix);
            }
        }

        return Finish(PlainText(Parse(body), stopAtMore: true, out _));
    }

    /// <summary>The text of the first level-1 heading, the title fallback for files without one.</summary>
    public string? FirstHeading(string body)
    {
        var heading = Parse(body).Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1);
        if (heading is null)
        {
            return null;
        }

        var builder = new StringBuilder();
        MarkdownPlainText.Write(heading, builder, options.CodePlaceholder, stopAtMore: false);
        var text = CollapseWhitespace(builder.ToString());
        return text.Length > 0 ? text : null;
    }

    private static IReadOnlyDictionary<string, object?> EmptyFields { get; } = new Dictionary<string, object?>();

    private string PlainText(MarkdownDocument document, bool stopAtMore, out bool stopped)
    {
        var builder = new StringBuilder();
        stopped = MarkdownPlainText.Write(document, builder, options.CodePlaceholder, stopAtMore);
        return builder.ToString();
    }

    private string Finish(string text)
    {
        var collapsed = CollapseWhitespace(text);
        return collapsed.Length == 0 ? collapsed : TextShortener.Shorten(collapsed, options.MaxLength);
    }

    internal static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
