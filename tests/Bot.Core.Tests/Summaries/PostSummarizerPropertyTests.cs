using System.Globalization;
using Bot.Core.Summaries;
using Bot.Core.Text;
using CsCheck;

namespace Bot.Core.Tests.Summaries;

/// <summary>Summaries of arbitrary Unicode Markdown: never throw, never exceed the limit, never split a grapheme.</summary>
public sealed class PostSummarizerPropertyTests
{
    private static readonly string[] MarkdownPieces =
    [
        "# ", "## ", "\n", "\n\n", "```", "```python\n", "    ", "*", "**", "_", "`", "[", "](http://x.y/", ")", "![", "> ", "- ",
        "1. ", "<!-- more -->", "<!--more-->", "<b>", "</b>", "<div>\n", "&amp;", "&#x1F600;", "|", " | ", "---", "\\", " ", "\t",
        "👨‍👩‍👧‍👦", "🇨🇳", "e\u0301", "😀", "深度学习", "하늘", "\u200d", "\u0301", "Ａ", "…",
    ];

    private static readonly Gen<string> Scalar = Gen.Int[0, 0x10FFFF]
        .Where(cp => cp is < 0xD800 or > 0xDFFF)
        .Select(char.ConvertFromUtf32);

    private static readonly Gen<string> Markdown = Gen.Frequency(
            (3, Gen.OneOf(MarkdownPieces)),
            (2, Scalar),
            (2, Gen.String[Gen.Char['a', 'z'], 1, 8]),
            (1, Gen.Const(" ")))
        .Array[0, 120]
        .Select(parts => string.Concat(parts));

    private static readonly Gen<int> Limit = Gen.Int[20, 120];

    [Fact]
    public void Summarize_ArbitraryMarkdown_NeverExceedsLimit()
    {
        Gen.Select(Markdown, Limit).Sample((markdown, limit) =>
        {
            var summary = Summarizer(limit).Summarize(markdown);
            Assert.True(TextShortener.GraphemeCount(summary) <= limit, $"{TextShortener.GraphemeCount(summary)} > {limit}");
        }, iter: 3000);
    }

    [Fact]
    public void Summarize_ArbitraryMarkdown_NeverSplitsAGrapheme()
    {
        Gen.Select(Markdown, Limit).Sample((markdown, limit) =>
        {
            var full = Summarizer(int.MaxValue).Summarize(markdown);
            var summary = Summarizer(limit).Summarize(markdown);
            if (summary == full)
            {
                return;
            }

            Assert.EndsWith(TextShortener.Ellipsis, summary, StringComparison.Ordinal);
            var kept = summary[..^TextShortener.Ellipsis.Length];
            Assert.StartsWith(kept, full, StringComparison.Ordinal);
            var boundaries = StringInfo.ParseCombiningCharacters(full);
            Assert.True(kept.Length == full.Length || boundaries.Contains(kept.Length), $"cut at {kept.Length} inside a grapheme of \"{full}\"");
        }, iter: 3000);
    }

    [Fact]
    public void Summarize_ArbitraryMarkdown_HasNoLoneSurrogates()
    {
        Gen.Select(Markdown, Limit).Sample((markdown, limit) =>
        {
            var summary = Summarizer(limit).Summarize(markdown);
            for (var i = 0; i < summary.Length; i++)
            {
                if (char.IsHighSurrogate(summary[i]))
                {
                    Assert.True(i + 1 < summary.Length && char.IsLowSurrogate(summary[i + 1]));
                    i++;
                }
                else
                {
                    Assert.False(char.IsLowSurrogate(summary[i]));
                }
            }
        }, iter: 2000);
    }

    private static PostSummarizer Summarizer(int limit) => new(new SummaryOptions { MaxLength = limit, CodePlaceholder = "[代码]" });
}
