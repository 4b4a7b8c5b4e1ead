using Bot.Core.Repository;

namespace Bot.Core.Generators;

/// <summary>Lists the post files under a folder of the site (through <see cref="DirectoryWalker"/>) as <see cref="PostFile"/>s.</summary>
internal static class PostFolderWalk
{
    /// <summary>Every file under <paramref name="relativeFolder"/> whose name <paramref name="skip"/> does not reject.</summary>
    public static void AddUnder(SiteSettings site, string relativeFolder, bool drafts, List<PostFile> files, Action<ScanWarning> warn, Func<string, bool>? skip = null)
    {
        var root = site.RootPath;
        var folder = Path.Combine(root, relativeFolder);
        if (!Directory.Exists(folder))
        {
            return;
        }

        DirectoryWalker.Walk(root, folder, _ => true, file =>
        {
            if (skip is null || !skip(Path.GetFileName(file.FullPath)))
            {
                files.Add(Make(root, file, DirectoryWalker.Relative(folder, file.FullPath), drafts, []));
            }
        }, warn);
    }

    /// <param name="inside">The path inside the posts folder (with extension), <c>/</c> separators.</param>
    public static PostFile Make(string root, WalkedFile file, string inside, bool drafts, IReadOnlyList<string> folderCategories) =>
        new(file.FullPath, DirectoryWalker.Relative(root, file.FullPath), WithoutExtension(inside), drafts, folderCategories)
        {
            Length = file.Length,
            LastWriteUtc = file.LastWriteUtc,
        };

    private static string WithoutExtension(string path)
    {
        var extension = Path.GetExtension(path);
        return extension.Length > 0 ? path[..^extension.Length] : path;
    }
}
