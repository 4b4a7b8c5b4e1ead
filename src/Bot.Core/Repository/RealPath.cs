namespace Bot.Core.Repository;

/// <summary>
/// The real path of a file or folder: every symbolic link on the way resolved, <c>..</c> applied after resolving
/// (as the operating system does, so <c>link/..</c> is the parent of the link's target, not the folder holding the link).
/// </summary>
internal static class RealPath
{
    /// <summary>Linux gives up after 40 links in one lookup; so do we.</summary>
    private const int MaxLinks = 40;

    /// <exception cref="IOException">A link cannot be read, or there are more than 40 links on the way (a loop).</exception>
    public static string Resolve(string path)
    {
        var absolute = Path.IsPathRooted(path) ? path : Path.Join(Directory.GetCurrentDirectory(), path);
        var current = Path.GetPathRoot(absolute)!;
        var pending = new Stack<string>(Parts(absolute[current.Length..]).Reverse());
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var candidate = Path.Join(current, part);
            var target = new FileInfo(candidate).LinkTarget;
            if (target is null)
            {
                current = candidate;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException($"too many levels of symbolic links at '{candidate}'");
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }

            foreach (var linked in Parts(target).Reverse())
            {
                pending.Push(linked);
            }
        }

        return Path.TrimEndingDirectorySeparator(current);
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies inside it (both real paths).</summary>
    public static bool IsInside(string path, string folder) =>
        path.Length == folder.Length ? string.Equals(path, folder, StringComparison.Ordinal)
        : path.Length > folder.Length && path.StartsWith(folder, StringComparison.Ordinal)
            && (path[folder.Length] == Path.DirectorySeparatorChar || Path.EndsInDirectorySeparator(folder));

    private static string[] Parts(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
