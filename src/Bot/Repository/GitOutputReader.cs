using System.Text;

namespace Bot.Repository;

/// <summary>
/// Reads one of git's output streams without letting it grow without end: standard output up to a cap (more means
/// something is wrong, and the command is stopped), standard error keeping only its tail (only the last lines are
/// shown).
/// </summary>
internal static class GitOutputReader
{
    private const int BlockChars = 8 * 1024;

    /// <summary>The whole stream, or null once it passed <paramref name="maxChars"/> (the rest is not kept).</summary>
    public static async Task<string?> ReadCappedAsync(StreamReader reader, int maxChars, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        var block = new char[BlockChars];
        int read;
        while ((read = await reader.ReadAsync(block, cancellationToken)) > 0)
        {
            if (text.Length + read > maxChars)
            {
                return null;
            }

            text.Append(block, 0, read);
        }

        return text.ToString();
    }

    /// <summary>The last <paramref name="keepChars"/> characters of the stream, read to its end.</summary>
    public static async Task<string> ReadTailAsync(StreamReader reader, int keepChars, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        var block = new char[BlockChars];
        int read;
        while ((read = await reader.ReadAsync(block, cancellationToken)) > 0)
        {
            text.Append(block, 0, read);
            if (text.Length > 2 * keepChars)
            {
                text.Remove(0, text.Length - keepChars);
            }
        }

        return text.Length > keepChars ? text.ToString(text.Length - keepChars, keepChars) : text.ToString();
    }
}
