namespace Bot.Core.Repository;

/// <summary>
/// Recognizes a generator from the files at the repository root: Hugo (<c>hugo.toml|hugo.yaml|config.toml|config.yaml</c>
/// with <c>content/</c>), Hexo (<c>_config.yml</c> with <c>source/_posts</c> or <c>source/_drafts</c>), Jekyll
/// (<c>_config.yml</c> or <c>_posts/</c>), else plain Markdown.
/// </summary>
public static class LayoutDetector
{
    public static readonly string[] HugoConfigFiles = ["hugo.toml", "hugo.yaml", "hugo.yml", "config.toml", "config.yaml", "config.yml"];

    public static RepositoryLayout Detect(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var hasConfigYml = File.Exists(Path.Combine(root, "_config.yml"));
        if (hasConfigYml && (Directory.Exists(Path.Combine(root, "source", "_posts")) || Directory.Exists(Path.Combine(root, "source", "_drafts"))))
        {
            return RepositoryLayout.Hexo;
        }

        if (Directory.Exists(Path.Combine(root, "content")) && HugoConfigFile(root) is not null)
        {
            return RepositoryLayout.Hugo;
        }

        if (hasConfigYml || Directory.Exists(Path.Combine(root, "_posts")))
        {
            return RepositoryLayout.Jekyll;
        }

        return RepositoryLayout.Plain;
    }

    /// <summary>The first Hugo config file present, relative to the root, or null.</summary>
    public static string? HugoConfigFile(string root) =>
        HugoConfigFiles.FirstOrDefault(name => File.Exists(Path.Combine(root, name)));
}
