using System.IO.Enumeration;

namespace Bot.Core.Repository;

/// <summary>
/// Lists Markdown files under a folder, following symbolic links to folders once: a link that leads back to a folder
/// already being read (a loop) or that cannot be resolved becomes a warning instead of an endless walk.
/// Hidden entries (starting with <c>.</c>) are skipped, as the generators do.
/// </summary>
internal static class DirectoryWalker
{
    public static readonly string[] MarkdownExtensions = [".md", ".markdown", ".mdown", ".mkd", ".mkdn"];

    public static void Walk(string root, string folder, Func<string, bool> descend, Action<WalkedFile> onFile, Action<ScanWarning> warn) =>
        Walk(root, folder, descend, onFile, warn, null);

    /// <param name="extensions">The file extensions (with the dot, any case) to list; null lists Markdown files.</param>
    public static void Walk(string root, string folder, Func<string, bool> descend, Action<WalkedFile> onFile, Action<ScanWarning> warn, IReadOnlySet<string>? extensions)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal) { RealPath(folder) };
        FileSystemEnumerable<Entry>.FindPredicate include = extensions is null
            ? Include
            : (ref FileSystemEntry entry) => !entry.FileName.StartsWith('.') && (entry.IsDirectory || extensions.Contains(Path.GetExtension(entry.FileName).ToString()));
        WalkFolder(root, folder, descend, onFile, warn, visited, include);
    }

    public static bool IsMarkdown(ReadOnlySpan<char> path)
    {
        var extension = Path.GetExtension(path);
        foreach (var markdown in MarkdownExtensions)
        {
            if (extension.Equals(markdown, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static void WalkFolder(string root, string folder, Func<string, bool> descend, Action<WalkedFile> onFile, Action<ScanWarning> warn, HashSet<string> visited, FileSystemEnumerable<Entry>.FindPredicate include)
    {
        List<Entry> entries;
        try
        {
            entries = [.. new FileSystemEnumerable<Entry>(folder, ToEntry, Options) { ShouldIncludePredicate = include }];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            warn(new ScanWarning(Relative(root, folder), $"folder cannot be read ({ex.Message}); skipped"));
            return;
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        foreach (var entry in entries)
        {
            if (!entry.IsDirectory)
            {
                onFile(new WalkedFile(entry.FullPath, entry.Length, entry.LastWriteUtc));
                continue;
            }

            if (!descend(entry.Name))
            {
                continue;
            }

            var directory = new DirectoryInfo(entry.FullPath);
            string real;
            try
            {
                real = directory.LinkTarget is null ? directory.FullName : directory.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? directory.FullName;
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

            WalkFolder(root, directory.FullName, descend, onFile, warn, visited, include);
        }
    }

    private static readonly EnumerationOptions Options = new()
    {
        RecurseSubdirectories = false,
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
        ReturnSpecialDirectories = false,
    };

    /// <summary>Directory entries keep their size and time from the enumeration, so a rescan costs no extra stat.</summary>
    private static bool Include(ref FileSystemEntry entry) =>
        !entry.FileName.StartsWith('.') && (entry.IsDirectory || IsMarkdown(entry.FileName));

    private static Entry ToEntry(ref FileSystemEntry entry)
    {
        var name = entry.FileName.ToString();
        if (entry.IsDirectory)
        {
            return new Entry(entry.ToFullPath(), name, true, 0, default);
        }

        var fullPath = entry.ToFullPath();
        try
        {
            if ((entry.Attributes & FileAttributes.ReparsePoint) == 0)
            {
                return new Entry(fullPath, name, false, entry.Length, entry.LastWriteTimeUtc.UtcDateTime);
            }

            // A linked post: size and time are the target's, so an edit of the target is seen and read whole.
            return new FileInfo(fullPath).ResolveLinkTarget(returnFinalTarget: true) is FileInfo { Exists: true } target
                ? new Entry(fullPath, name, false, target.Length, target.LastWriteTimeUtc)
                : new Entry(fullPath, name, false, -1, default);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new Entry(fullPath, name, false, -1, default);
        }
    }

    private static string RealPath(string folder)
    {
        var info = new DirectoryInfo(folder);
        var target = info.LinkTarget is null ? null : info.ResolveLinkTarget(returnFinalTarget: true);
        return Path.TrimEndingDirectorySeparator(target?.FullName ?? info.FullName);
    }

    private readonly record struct Entry(string FullPath, string Name, bool IsDirectory, long Length, DateTime LastWriteUtc);

    public static string Relative(string root, string path)
    {
        // The walk builds every path from the root, so the common case is a plain prefix.
        if (path.Length > root.Length + 1 && path.StartsWith(root, StringComparison.Ordinal) && path[root.Length] == Path.DirectorySeparatorChar)
        {
            var relative = path[(root.Length + 1)..];
            return Path.DirectorySeparatorChar == '/' ? relative : relative.Replace(Path.DirectorySeparatorChar, '/');
        }

        return Path.GetRelativePath(root, path).Replace('\\', '/');
    }
}
