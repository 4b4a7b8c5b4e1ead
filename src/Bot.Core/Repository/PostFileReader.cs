using System.Security.Cryptography;
using System.Text;

namespace Bot.Core.Repository;

/// <summary>
/// Reads a post file's text, refusing what is not a Markdown text file: over <see cref="MaxFileBytes"/>, empty,
/// binary (NUL bytes), not valid UTF-8, or unreadable. Each refusal is the reason for one <see cref="ScanWarning"/>.
/// </summary>
public static class PostFileReader
{
    /// <summary>Posts larger than this are skipped: no blog post is 4 MiB of Markdown, and reading one would stall a scan.</summary>
    public const long MaxFileBytes = 4 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="transient">True when the failure may pass without the file changing (permissions, locks).</param>
    public static bool TryRead(string path, long length, out string text, out string contentHash, out string? problem, out bool transient)
    {
        text = string.Empty;
        contentHash = string.Empty;
        problem = null;
        transient = false;
        if (length > MaxFileBytes)
        {
            problem = $"file is {length / (1024.0 * 1024.0):0.#} MB, over the {MaxFileBytes / (1024 * 1024)} MB limit for a post; skipped";
            return false;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = $"file cannot be read ({ex.Message}); skipped";
            transient = true;
            return false;
        }

        if (bytes.Length == 0)
        {
            problem = "empty file; skipped";
            return false;
        }

        if (bytes.Length > MaxFileBytes)
        {
            problem = $"file is over the {MaxFileBytes / (1024 * 1024)} MB limit for a post; skipped";
            return false;
        }

        if (bytes.AsSpan(0, Math.Min(bytes.Length, 8000)).Contains((byte)0))
        {
            problem = "binary file (contains NUL bytes), not Markdown; skipped";
            return false;
        }

        try
        {
            var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
            text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
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

        contentHash = Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 16));
        return true;
    }
}
