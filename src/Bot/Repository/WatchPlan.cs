namespace Bot.Repository;

/// <summary>
/// Which folders to watch for a repository, from what exists on disk now: each existing post folder recursively;
/// for a missing one, its nearest existing parent on its own (to see it appear); and the root on its own, for the site
/// config files.
/// </summary>
public static class WatchPlan
{
    public static HashSet<(string Path, bool Recursive)> For(string rootPath, IReadOnlyList<string> postFolders)
    {
        ArgumentNullException.ThrowIfNull(postFolders);
        var wanted = new HashSet<(string Path, bool Recursive)>();
        foreach (var folder in postFolders)
        {
            if (Directory.Exists(folder))
            {
                wanted.Add((folder, true));
            }
            else if (NearestExistingParent(folder) is { } parent)
            {
                wanted.Add((parent, false));
            }
        }

        var root = Directory.Exists(rootPath) ? rootPath : NearestExistingParent(rootPath);
        if (root is not null && !wanted.Contains((root, true)))
        {
            wanted.Add((root, false));
        }

        return wanted;
    }

    /// <summary>git's own bookkeeping (a pull writes there) is not a change to the posts.</summary>
    public static bool IsInsideGitFolder(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.Contains($"{Path.DirectorySeparatorChar}.git{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            || path.EndsWith($"{Path.DirectorySeparatorChar}.git", StringComparison.Ordinal);
    }

    private static string? NearestExistingParent(string path)
    {
        for (var dir = Path.GetDirectoryName(path); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (Directory.Exists(dir))
            {
                return dir;
            }
        }

        return null;
    }
}
