namespace Bot.Core.Summaries;

/// <summary>
/// Finds where the first <c>&lt;!-- more --&gt;</c> comment could end in raw text, so that only the part before it
/// needs parsing. Whether it really is the marker (and not text inside a code block) is left to the syntax tree.
/// </summary>
internal static class ExcerptMarker
{
    public static int? FindEnd(string text)
    {
        var start = 0;
        while ((start = text.IndexOf("<!--", start, StringComparison.Ordinal)) >= 0)
        {
            var close = text.IndexOf("-->", start + 4, StringComparison.Ordinal);
            if (close < 0)
            {
                return null;
            }

            var end = close + 3;
            if (MarkdownPlainText.IsMoreComment(text[start..end]))
            {
                return end;
            }

            start = end;
        }

        return null;
    }
}
