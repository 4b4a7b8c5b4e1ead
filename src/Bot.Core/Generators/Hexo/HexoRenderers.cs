using System.Text.Json;

namespace Bot.Core.Generators.Hexo;

/// <summary>
/// The file extensions Hexo can render, which makes a file under <c>_posts</c> a post (Hexo's post processor asks
/// <c>render.isRenderable</c>): what Hexo core registers (<c>html htm njk j2 css js json yml yaml</c>) plus what the
/// renderer plugins in the blog's <c>package.json</c> add. A blog without a <c>package.json</c> is taken to have the
/// Markdown renderer <c>hexo init</c> installs.
/// </summary>
public static class HexoRenderers
{
    private static readonly string[] Core = ["html", "htm", "njk", "j2", "css", "js", "json", "yml", "yaml"];
    private static readonly string[] Markdown = ["md", "markdown", "mkd", "mkdn", "mdwn", "mdtxt", "mdtext"];

    private static readonly Dictionary<string, string[]> Plugins = new(StringComparer.Ordinal)
    {
        ["hexo-renderer-marked"] = Markdown,
        ["hexo-renderer-markdown-it"] = Markdown,
        ["hexo-renderer-markdown-it-plus"] = Markdown,
        ["hexo-renderer-kramed"] = Markdown,
        ["hexo-renderer-pandoc"] = Markdown,
        ["hexo-renderer-showdown"] = Markdown,
        ["hexo-renderer-ejs"] = ["ejs"],
        ["hexo-renderer-pug"] = ["pug"],
        ["hexo-renderer-jade"] = ["jade"],
        ["hexo-renderer-swig"] = ["swig"],
        ["hexo-renderer-stylus"] = ["styl"],
        ["hexo-renderer-less"] = ["less"],
        ["hexo-renderer-sass"] = ["sass", "scss"],
        ["hexo-renderer-scss"] = ["scss"],
        ["hexo-renderer-dartsass"] = ["sass", "scss"],
    };

    /// <summary>Extensions with their dot, compared ignoring case.</summary>
    public static HashSet<string> Extensions(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var names = new HashSet<string>(Core, StringComparer.OrdinalIgnoreCase);
        var dependencies = Dependencies(Path.Combine(root, "package.json"));
        foreach (var (plugin, extensions) in Plugins)
        {
            if (dependencies?.Contains(plugin) ?? plugin == "hexo-renderer-marked")
            {
                names.UnionWith(extensions);
            }
        }

        return new HashSet<string>(names.Select(n => "." + n), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The package names in <c>dependencies</c> and <c>devDependencies</c>, or null without a readable file.</summary>
    private static HashSet<string>? Dependencies(string packageJson)
    {
        if (!File.Exists(packageJson))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(packageJson));
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var section in (string[])["dependencies", "devDependencies"])
            {
                if (document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty(section, out var list) && list.ValueKind == JsonValueKind.Object)
                {
                    names.UnionWith(list.EnumerateObject().Select(p => p.Name));
                }
            }

            return names;
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
