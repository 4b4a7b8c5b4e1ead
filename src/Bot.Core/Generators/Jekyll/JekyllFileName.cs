using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Core.Generators.Jekyll;

/// <summary>
/// Jekyll's <c>DATE_FILENAME_MATCHER</c>: a post's file name is <c>YYYY-M-D-slug.ext</c>, month and day with one or two
/// digits (<c>2017-4-2-x.md</c> is 2 April 2017); a file in <c>_posts/</c> without such a name is not a post.
/// </summary>
public static partial class JekyllFileName
{
    public static bool TryStripDate(string fileName, out DateTime date, out string rest)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        date = default;
        rest = fileName;
        var match = DatePrefix().Match(fileName);
        if (!match.Success || !DateTime.TryParseExact(match.Groups[1].Value, "yyyy-M-d", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return false;
        }

        rest = fileName[match.Length..];
        return true;
    }

    /// <summary>True when Jekyll reads the file (a name inside <c>_posts/</c>) as a post: a date prefix and an extension.</summary>
    public static bool IsPostName(string fileName) => TryStripDate(fileName, out _, out var rest) && HasExtension().IsMatch(rest);

    [GeneratedRegex(@"^(\d{4}-\d{1,2}-\d{1,2})-")]
    private static partial Regex DatePrefix();

    [GeneratedRegex(@"\.[^.]+$")]
    private static partial Regex HasExtension();
}
