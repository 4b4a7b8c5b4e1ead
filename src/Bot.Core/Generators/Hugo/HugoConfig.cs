using Bot.Core.Repository;

namespace Bot.Core.Generators.Hugo;

/// <summary>
/// Hugo's site config: the root file (<c>hugo.toml|yaml|yml</c>, else <c>config.toml|yaml|yml</c>) and the
/// <c>config/_default/</c> folder, where <c>hugo.*</c>/<c>config.*</c> hold root keys and any other file is the key its
/// name says (<c>params.toml</c> is <c>[params]</c>, <c>permalinks.toml</c> is <c>[permalinks]</c>). Keys are merged
/// as Hugo does for one environment: the root file wins over the folder, tables merge key by key.
/// </summary>
public static class HugoConfig
{
    private static readonly string[] Extensions = [".toml", ".yaml", ".yml"];
    private static readonly string[] RootNames = ["hugo", "config"];

    public static readonly string[] RootFiles = [.. RootNames.SelectMany(n => Extensions.Select(e => n + e))];

    /// <summary>The config files present, relative to the root, root file first; empty when the site has none.</summary>
    public static IReadOnlyList<string> Files(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var files = new List<string>();
        if (RootFiles.FirstOrDefault(name => File.Exists(Path.Combine(root, name))) is { } rootFile)
        {
            files.Add(rootFile);
        }

        var folder = Path.Combine(root, "config", "_default");
        if (Directory.Exists(folder))
        {
            files.AddRange(Directory.EnumerateFiles(folder)
                .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Select(f => "config/_default/" + Path.GetFileName(f))
                .Order(StringComparer.Ordinal));
        }

        return files;
    }

    public static Dictionary<string, object?> Load(string root, IReadOnlyList<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var merged = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            var fields = SiteConfigFile.Load(root, file);
            var name = Path.GetFileNameWithoutExtension(file);
            if (file.StartsWith("config/", StringComparison.Ordinal) && !RootNames.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                fields = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase) { [name] = fields };
            }

            Merge(merged, fields);
        }

        return merged;
    }

    /// <summary>Adds keys <paramref name="target"/> lacks; tables present in both merge the same way.</summary>
    private static void Merge(Dictionary<string, object?> target, IReadOnlyDictionary<string, object?> source)
    {
        foreach (var (key, value) in source)
        {
            if (!target.TryGetValue(key, out var existing))
            {
                target[key] = value;
            }
            else if (existing is Dictionary<string, object?> table && value is IReadOnlyDictionary<string, object?> more)
            {
                Merge(table, more);
            }
        }
    }
}
