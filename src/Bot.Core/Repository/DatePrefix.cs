using System.Globalization;

namespace Bot.Core.Repository;

/// <summary>The <c>YYYY-MM-DD-</c> prefix Jekyll (and many plain blogs) put in front of a post's file name.</summary>
public static class DatePrefix
{
    public static bool TryStrip(string fileName, out DateTime date, out string rest)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        date = default;
        rest = fileName;
        if (fileName.Length < 12 || fileName[10] != '-'
            || !DateTime.TryParseExact(fileName.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return false;
        }

        rest = fileName[11..];
        return true;
    }
}
