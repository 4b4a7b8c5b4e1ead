using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Bot.Core.Summaries;

/// <summary>
/// Turns a Markdig syntax tree into plain text: code blocks become a placeholder, images their alt text, links their
/// text, HTML is dropped, headings and list items stay as text (ordered items keep their number). Walks with an
/// explicit stack, so deeply nested input cannot overflow the call stack. Stops at a <c>&lt;!-- more --&gt;</c> comment
/// when asked.
/// </summary>
internal static class MarkdownPlainText
{
    /// <summary>Appends the text of <paramref name="root"/>; returns true when it stopped at an excerpt marker.</summary>
    public static bool Write(MarkdownObject root, StringBuilder output, string codePlaceholder, bool stopAtMore)
    {
        var stack = new Stack<MarkdownObject>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            switch (node)
            {
                case CodeBlock:
                    output.Append(' ').Append(codePlaceholder).Append(' ');
                    break;
                case HtmlBlock html:
                    if (stopAtMore && IsMoreComment(html.Lines.ToString()))
                    {
                        return true;
                    }

                    output.Append(' ');
                    break;
                case HtmlInline inlineHtml:
                    if (stopAtMore && IsMoreComment(inlineHtml.Tag))
                    {
                        return true;
                    }

                    break;
                case LeafBlock leaf:
                    output.Append(' ');
                    if (leaf.Inline is not null)
                    {
                        stack.Push(leaf.Inline);
                    }

                    break;
                case ListItemBlock item:
                    output.Append(' ');
                    if (item.Parent is ListBlock { IsOrdered: true })
                    {
                        output.Append(item.Order).Append(". ");
                    }

                    PushChildren(stack, item);
                    break;
                case ContainerBlock container:
                    output.Append(' ');
                    PushChildren(stack, container);
                    break;
                case LiteralInline literal:
                    output.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    output.Append(code.ContentSpan);
                    break;
                case HtmlEntityInline entity:
                    output.Append(entity.Transcoded.AsSpan());
                    break;
                case AutolinkInline autolink:
                    output.Append(autolink.Url);
                    break;
                case LineBreakInline:
                    output.Append(' ');
                    break;
                case ContainerInline inlines:
                    for (var child = inlines.LastChild; child is not null; child = child.PreviousSibling)
                    {
                        stack.Push(child);
                    }

                    break;
            }
        }

        return false;
    }

    /// <summary>Hexo's <c>&lt;!--\s*more\s*--&gt;</c>, which also covers <c>&lt;!--more--&gt;</c>.</summary>
    public static bool IsMoreComment(string? html)
    {
        var text = html.AsSpan().Trim();
        if (!text.StartsWith("<!--") || !text.EndsWith("-->"))
        {
            return false;
        }

        return text[4..^3].Trim().SequenceEqual("more");
    }

    private static void PushChildren(Stack<MarkdownObject> stack, ContainerBlock container)
    {
        for (var i = container.Count - 1; i >= 0; i--)
        {
            stack.Push(container[i]);
        }
    }
}
