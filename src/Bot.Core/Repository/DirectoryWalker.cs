using System.IO.Enumeration;

namespace Bot.Core.Repository;

/// <summary>
/// Lists Markdown files under a folder, following symbolic links to folders once. Every folder is judged by its real
/// path (every link resolved): one outside the repository root is skipped unless <c>followLinksOutside</c>; one that is
/// a folder already read, or that contains one (a link to a parent), is a loop and skipped. A link to a single file
/// outside the repository is always skipped. Each skip is a warning. Hidden entries (starting with <c>.</c>) are
/// skipped, as the generators do.
/// </summary>
internal static class DirectoryWalker
{
    public static readonly string[] MarkdownExtensions = [".md", ".markdown", ".mdown", ".mkd", ".mkdn"];

    /// <param name="extensions">The file extensions (with the dot, any case) to list; null lists Markdown files.</param>
    public static void Walk(string root, string folder, Func<string, bool> descend, Action<WalkedFile> onFile, Action<ScanWarning> warn, bool followLinksOutside = false, IReadOnlySet<string>? extensions = null)
    {
        string realRoot;
        string realFolder;
        try
        {
            realRoot = RealPath.Resolve(root);
            realFolder = RealPath.Resolve(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            warn(new ScanWarning(Relative(root, folder), $"symbolic link cannot be resolved ({ex.Message}); skipped"));
            return;
        }

        FileSystemEnumerable<Entry>.FindPredicate include = extensions is null
            ? Include
            : (ref FileSystemEntry entry) => !entry.FileName.StartsWith('.') && (entry.IsDirectory || extensions.Contains(Path.GetExtension(entry.FileName).ToString()));
        var walk = new FolderWalk(root, realRoot, descend, onFile, warn, followLinksOutside, include);
        if (walk.Admits(folder, realFolder))
        {
            walk.Read(folder, realFolder);
        }
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

    private sealed class FolderWalk(string root, string realRoot, Func<string, bool> descend, Action<WalkedFile> onFile, Action<ScanWarning> warn, bool followLinksOutside, FileSystemEnumerable<Entry>.FindPredicate include)
    {
        /// <summary>The real paths of the folders read so far and of every folder above them.</summary>
        private readonly HashSet<string> readOrAbove = new(StringComparer.Ordinal);

        /// <summary>Whether a folder reached at <paramref name="path"/> (real path <paramref name="real"/>) may be read.</summary>
        public bool Admits(string path, string real)
        {
            if (!followLinksOutside && !RealPath.IsInside(real, realRoot))
            {
                warn(new ScanWarning(Relative(root, path), $"leads outside the repository (to {real}); skipped (Repository:FollowLinksOutside allows folders outside)"));
                return false;
            }

            if (readOrAbove.Contains(real))
            {
                warn(new ScanWarning(Relative(root, path), "already read by another path, or above a folder already read (a symbolic link loop); skipped"));
                return false;
            }

            return true;
        }

        public void Read(string folder, string realFolder)
        {
            for (var above = realFolder; above is not null && readOrAbove.Add(above); above = Path.GetDirectoryName(above))
            {
            }

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
                if (entry.IsDirectory && !descend(entry.Name))
                {
                    continue;
                }

                string real;
                try
                {
                    real = entry.IsLink ? RealPath.Resolve(entry.FullPath) : Path.Join(realFolder, entry.Name);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    warn(new ScanWarning(Relative(root, entry.FullPath), $"symbolic link cannot be resolved ({ex.Message}); skipped"));
                    continue;
                }

                if (entry.IsDirectory)
                {
                    if (Admits(entry.FullPath, real))
                    {
                        Read(entry.FullPath, real);
                    }
                }
                else if (entry.IsLink && !RealPath.IsInside(real, realRoot))
                {
                    // Never allowed, whatever FollowLinksOutside says: one link would publish any readable file.
                    warn(new ScanWarning(Relative(root, entry.FullPath), "links to a file outside the repository; skipped"));
                }
                else
                {
                    onFile(new WalkedFile(entry.FullPath, entry.Length, entry.LastWriteUtc));
                }
            }
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
        var fullPath = entry.ToFullPath();
        try
        {
            var isLink = (entry.Attributes & FileAttributes.ReparsePoint) != 0;
            if (entry.IsDirectory)
            {
                return new Entry(fullPath, name, true, isLink, 0, default);
            }

            if (!isLink)
            {
                return new Entry(fullPath, name, false, false, entry.Length, entry.LastWriteTimeUtc.UtcDateTime);
            }

            // A linked post: size and time are the target's, so an edit of the target is seen and read whole.
            return new FileInfo(fullPath).ResolveLinkTarget(returnFinalTarget: true) is FileInfo { Exists: true } target
                ? new Entry(fullPath, name, false, true, target.Length, target.LastWriteTimeUtc)
                : new Entry(fullPath, name, false, true, -1, default);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new Entry(fullPath, name, entry.IsDirectory, true, -1, default);
        }
    }

    private readonly record struct Entry(string FullPath, string Name, bool IsDirectory, bool IsLink, long Length, DateTime LastWriteUtc);
}
