using Tomlyn;
using Tomlyn.Model;
using YamlDotNet.Core;

namespace Bot.Core.Repository;

/// <summary>
/// Splits a post into front matter and body: YAML between <c>---</c> lines (a closing <c>...</c> also ends it, as
/// Hexo allows), TOML between <c>+++</c> lines, or none. YAML is read with YamlDotNet, TOML with Tomlyn.
/// </summary>
public static class FrontMatterParser
{
    /// <summary>Front matter starts on the file's second line, after the opening delimiter.</summary>
    private const int HeaderFirstLine = 2;

    /// <summary>
    /// With <paramref name="closeOnLinePrefix"/> (Hugo's page lexer) the block ends at the first line that starts with
    /// the delimiter, and the rest of that line begins the body; otherwise the closing line is the delimiter alone.
    /// </summary>
    public static FrontMatter Parse(string text, bool closeOnLinePrefix = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (StartsWithDelimiter(text, "---"))
        {
            var (header, body) = Split(text, "---", closeOnLinePrefix ? null : "...", closeOnLinePrefix);
            return new FrontMatter(ParseYaml(header, firstLine: HeaderFirstLine), body, FrontMatterKind.Yaml);
        }

        if (StartsWithDelimiter(text, "+++"))
        {
            var (header, body) = Split(text, "+++", null, closeOnLinePrefix);
            return new FrontMatter(ParseToml(header, HeaderFirstLine), body, FrontMatterKind.Toml);
        }

        return new FrontMatter(new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase), text, FrontMatterKind.None);
    }

    /// <summary>YAML text (a site config or a front matter block) as normalized fields.</summary>
    /// <param name="plainScalar">Types a plain (unquoted) scalar as a generator's YAML schema does; null keeps text.</param>
    /// <param name="firstLine">The file line the text starts on, so that errors name the file's own line.</param>
    public static Dictionary<string, object?> ParseYaml(string yaml, Func<string, object?>? plainScalar = null, int firstLine = 1)
    {
        object? root;
        try
        {
            root = YamlFields.Read(yaml, plainScalar);
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            throw new FrontMatterException(ex is YamlException yamlError
                ? $"invalid YAML at line {yamlError.Start.Line + firstLine - 1}, column {yamlError.Start.Column}: {YamlReason(yamlError)}"
                : $"invalid YAML: {ex.Message}", ex);
        }

        return root switch
        {
            null => new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase),
            Dictionary<string, object?> map => map,
            _ => throw new FrontMatterException("the YAML is not a mapping of keys to values"),
        };
    }

    /// <summary>TOML text as normalized fields.</summary>
    /// <param name="firstLine">The file line the text starts on, so that errors name the file's own line.</param>
    public static Dictionary<string, object?> ParseToml(string toml, int firstLine = 1)
    {
        try
        {
            var table = TomlSerializer.Deserialize<TomlTable>(toml) ?? [];
            return (Dictionary<string, object?>)FieldNormalizer.Normalize(table)!;
        }
        catch (TomlException ex)
        {
            var reason = ex.Diagnostics?.FirstOrDefault()?.Message ?? ex.Message;
            throw new FrontMatterException(ex.Line is { } line
                ? $"invalid TOML at line {line + firstLine - 1}, column {ex.Column ?? 1}: {reason}"
                : $"invalid TOML: {reason}", ex);
        }
    }

    /// <summary>The parser's own words without YamlDotNet's "(Line: …)" suffix, which counts from the block's start.</summary>
    private static string YamlReason(YamlException error)
    {
        var message = error.InnerException is YamlException inner ? inner.Message : error.Message;
        var position = message.IndexOf(" (Line: ", StringComparison.Ordinal);
        return position > 0 ? message[..position] : message;
    }

    /// <summary>The first line is the delimiter, trailing spaces or tabs allowed (Jekyll's <c>---\s*\n</c>, Hugo's lexer).</summary>
    private static bool StartsWithDelimiter(string text, string delimiter)
    {
        if (!text.StartsWith(delimiter, StringComparison.Ordinal))
        {
            return false;
        }

        var lineEnd = text.IndexOf('\n', delimiter.Length);
        var rest = (lineEnd < 0 ? text.AsSpan(delimiter.Length) : text.AsSpan(delimiter.Length, lineEnd - delimiter.Length)).TrimEnd("\r \t");
        return rest.Length == 0;
    }

    private static (string Header, string Body) Split(string text, string open, string? altClose, bool closeOnLinePrefix)
    {
        var firstLineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        if (firstLineEnd < 0)
        {
            throw new FrontMatterException($"front matter opened with '{open}' is never closed");
        }

        var position = firstLineEnd + 1;
        while (position <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', position);
            var line = (lineEnd < 0 ? text.AsSpan(position) : text.AsSpan(position, lineEnd - position)).TrimEnd("\r \t");
            if (closeOnLinePrefix && line.StartsWith(open) && !line.SequenceEqual(open))
            {
                var rest = position + open.Length;
                return (text[(firstLineEnd + 1)..position], text[rest..]);
            }

            if (line.SequenceEqual(open) || (altClose is not null && line.SequenceEqual(altClose)))
            {
                var header = text[(firstLineEnd + 1)..position];
                var body = lineEnd < 0 ? string.Empty : text[(lineEnd + 1)..];
                return (header, body);
            }

            if (lineEnd < 0)
            {
                break;
            }

            position = lineEnd + 1;
        }

        throw new FrontMatterException($"front matter opened with '{open}' is never closed");
    }
}
