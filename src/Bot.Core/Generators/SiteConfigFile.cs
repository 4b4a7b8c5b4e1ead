using Bot.Core.Repository;

namespace Bot.Core.Generators;

/// <summary>Reading a generator's config file: YAML or TOML into fields, time zones and string maps out of it.</summary>
internal static class SiteConfigFile
{
    /// <summary>The file's fields, empty when there is no such file; unreadable or invalid throws naming the file.</summary>
    public static Dictionary<string, object?> Load(string root, string? relativePath)
    {
        var empty = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        if (relativePath is null)
        {
            return empty;
        }

        var path = Path.Combine(root, relativePath);
        if (!File.Exists(path))
        {
            return empty;
        }

        try
        {
            var text = File.ReadAllText(path);
            return relativePath.EndsWith(".toml", StringComparison.OrdinalIgnoreCase)
                ? FrontMatterParser.ParseToml(text)
                : FrontMatterParser.ParseYaml(text);
        }
        catch (FrontMatterException ex)
        {
            throw new RepositoryUnavailableException($"Site config '{path}' cannot be parsed: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new RepositoryUnavailableException($"Site config '{path}' cannot be read: {ex.Message}", ex);
        }
    }

    /// <summary>The zone named by <paramref name="key"/>, else <paramref name="fallback"/>; an unknown name throws.</summary>
    public static TimeZoneInfo Zone(IReadOnlyDictionary<string, object?> config, string key, string root, string file, TimeZoneInfo fallback)
    {
        if (FrontMatterValues.GetString(config, key) is not { Length: > 0 } id)
        {
            return fallback;
        }

        return TimeZones.TryFind(id, out var zone)
            ? zone
            : throw new RepositoryUnavailableException($"Site config '{Path.Combine(root, file)}': {key} '{id}' is not a known time zone.");
    }

    /// <summary>A nested mapping of scalars as a string map; absent or not a mapping gives an empty map.</summary>
    public static ValueDictionary StringMap(IReadOnlyDictionary<string, object?> config, string key)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (config.TryGetValue(key, out var value) && value is IReadOnlyDictionary<string, object?> map)
        {
            foreach (var (name, item) in map)
            {
                if (FrontMatterValues.AsString(item) is { } text)
                {
                    result[name] = text;
                }
            }
        }

        return result;
    }
}
