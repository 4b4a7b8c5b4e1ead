using System.Text;

namespace Bot.Core.Links;

/// <summary>
/// Replaces <c>:name</c> tokens in a permalink pattern. A token is a colon followed by letters, digits and
/// underscores, without trailing underscores (so <c>:title_</c> is <c>:title</c> then <c>_</c>), as Hexo, Jekyll and
/// Hugo read them. <paramref name="resolve"/> returns null for a name it does not know; the token then stays as written.
/// </summary>
public static class PermalinkTemplate
{
    public static string Expand(string pattern, Func<string, string?> resolve)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(resolve);
        var builder = new StringBuilder(pattern.Length + 32);
        var i = 0;
        while (i < pattern.Length)
        {
            if (pattern[i] != ':')
            {
                builder.Append(pattern[i++]);
                continue;
            }

            var end = i + 1;
            while (end < pattern.Length && (char.IsAsciiLetterOrDigit(pattern[end]) || pattern[end] == '_'))
            {
                end++;
            }

            while (end > i + 1 && pattern[end - 1] == '_')
            {
                end--;
            }

            var name = pattern[(i + 1)..end];
            var value = name.Length > 0 ? resolve(name) : null;
            builder.Append(value ?? pattern[i..end]);
            i = end;
        }

        return builder.ToString();
    }
}
