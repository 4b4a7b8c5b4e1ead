using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Bot.Core.Repository;

/// <summary>
/// Reads a post file's text, refusing what is not a Markdown text file: over <see cref="MaxFileBytes"/>, empty,
/// UTF-16 or UTF-32 (named as such: the generators read UTF-8 and would not build it), binary (NUL bytes), not valid
/// UTF-8, or unreadable. Each refusal is the reason for one <see cref="ScanWarning"/>.
/// </summary>
public static class PostFileReader
{
    /// <summary>Posts larger than this are skipped: no blog post is 4 MiB of Markdown, and reading one would stall a scan.</summary>
    public const long MaxFileBytes = 4 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="transient">True when the failure may pass without the file changing (permissions, locks, a write in progress).</param>
    public static bool TryRead(string path, long length, out string text, out string contentHash, out string? problem, out bool transient)
    {
        text = string.Empty;
        contentHash = string.Empty;
        transient = false;
        if (length > MaxFileBytes)
        {
            problem = $"file is {length / (1024.0 * 1024.0):0.#} MB, over the {MaxFileBytes / (1024 * 1024)} MB limit for a post; skipped";
            return false;
        }

        // One pooled buffer per read: the bytes are only needed to decode and hash. One spare byte shows growth.
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Max(length, 0) + 1);
        try
        {
            int count;
            try
            {
                count = ReadAll(path, buffer);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problem = $"file cannot be read ({ex.Message}); skipped";
                transient = true;
                return false;
            }

            if (count > length)
            {
                problem = "file changed while it was read; skipped until the next scan";
                transient = true;
                return false;
            }

            return Decode(buffer.AsSpan(0, count), out text, out contentHash, out problem);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static int ReadAll(string path, byte[] buffer)
    {
        using var handle = File.OpenHandle(path);
        var total = 0;
        int read;
        while (total < buffer.Length && (read = RandomAccess.Read(handle, buffer.AsSpan(total), total)) > 0)
        {
            total += read;
        }

        return total;
    }

    private static string? WideEncoding(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xFF, 0xFE, 0x00, 0x00, ..] => "UTF-32 little-endian",
        [0x00, 0x00, 0xFE, 0xFF, ..] => "UTF-32 big-endian",
        [0xFF, 0xFE, ..] => "UTF-16 little-endian",
        [0xFE, 0xFF, ..] => "UTF-16 big-endian",
        _ => null,
    };

    private static bool Decode(ReadOnlySpan<byte> bytes, out string text, out string contentHash, out string? problem)
    {
        text = string.Empty;
        contentHash = string.Empty;
        problem = null;
        if (bytes.IsEmpty)
        {
            problem = "empty file; skipped";
            return false;
        }

        if (WideEncoding(bytes) is { } wide)
        {
            problem = $"{wide} text (by its byte order mark); Hexo, Jekyll and Hugo read posts as UTF-8 and would not build "
                + "this one, so it is not announced: save it as UTF-8; skipped";
            return false;
        }

        if (bytes[..Math.Min(bytes.Length, 8000)].Contains((byte)0))
        {
            problem = "binary file (contains NUL bytes), not Markdown; skipped";
            return false;
        }

        try
        {
            text = StrictUtf8.GetString(bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes);
        }
        catch (DecoderFallbackException ex)
        {
            problem = $"not valid UTF-8 text (bad byte at offset {ex.Index}); skipped";
            return false;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            problem = "empty file (only whitespace); skipped";
            return false;
        }

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes, hash);
        contentHash = Convert.ToHexStringLower(hash[..16]);
        return true;
    }
}
