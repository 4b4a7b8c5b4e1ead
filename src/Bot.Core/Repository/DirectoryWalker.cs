namespace Bot.Core.Repository;

/// <summary>
/// Lists Markdown files under a folder, following symbolic links to folders once: a link that leads back to a folder
/// already being read (a loop) or that cannot be resolved becomes a warning instead of an endless walk.
/// Hidden entries (starting with <c>.</c>) are skipped, as the generators do.
/// </summary>
internal static class DirectoryWalker
{
    public static readonly string[] MarkdownExtensions = [".md", ".markdown", ".mdown", ".mkd", ".mkdn"];

    public static void Walk(string root, string folder, Func<string, bool> descend, Action<string> onFile, Action<ScanWarning> warn)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal) { RealPath(folder) };
        WalkFolder(root, folder, descend, onFile, warn, visited);
    }

    public static bool IsMarkdown(string path) =>
        MarkdownExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    private static void WalkFolder(string root, string folder, Func<string, bool> descend, Action<string> onFile, Action<ScanWarning> warn, HashSet<string> visited)
    {
        IEnumerable<FileSystemInfo> entries;
        try
        {
            entries = [.. new DirectoryInfo(folder).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            warn(new ScanWarning(Relative(root, folder), $"folder cannot be read ({ex.Message}); skipped"));
            return;
        }

        foreach (var entry in entries)
        {
            if (entry.Name.StartsWith('.'))
            {
                continue;
            }

            if (entry is DirectoryInfo directory)
            {
                if (!descend(directory.Name))
                {
                    continue;
                }

                string real;
                try
                {
                    real = directory.LinkTarget is null ? RealPath(directory.FullName) : directory.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? directory.FullName;
                }
                catch (IOException ex)
                {
                    warn(new ScanWarning(Relative(root, directory.FullName), $"symbolic link cannot be resolved ({ex.Message}); skipped"));
                    continue;
                }

                if (!visited.Add(Path.TrimEndingDirectorySeparator(real)))
                {
                    warn(new ScanWarning(Relative(root, directory.FullName), "symbolic link loop: it leads to a folder already read; skipped"));
                    continue;
                }

                WalkFolder(root, directory.FullName, descend, onFile, warn, visited);
            }
            else if (IsMarkdown(entry.Name))
            {
                onFile(entry.FullName);
            }
        }
    }

    private static string RealPath(string folder)
    {
        var info = new DirectoryInfo(folder);
        var target = info.LinkTarget is null ? null : info.ResolveLinkTarget(returnFinalTarget: true);
        return Path.TrimEndingDirectorySeparator(target?.FullName ?? info.FullName);
    }

    public static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
