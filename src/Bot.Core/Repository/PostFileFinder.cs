namespace Bot.Core.Repository;

/// <summary>
/// Finds post files as each generator does: Hexo <c>source/_posts</c> and <c>source/_drafts</c>; Jekyll <c>_posts/</c>
/// and <c>&lt;category&gt;/_posts/</c> (folders above become categories) and <c>_drafts/</c>; Hugo every page under
/// <c>content/</c> except list pages (<c>_index.md</c>); plain every Markdown file.
/// </summary>
public static class PostFileFinder
{
    private static readonly HashSet<string> JekyllSkipped = new(StringComparer.Ordinal) { "_site", "node_modules", "vendor", "_drafts", "_layouts", "_includes", "_sass", "_data" };

    /// <param name="followLinksOutside">Follow symbolic links to folders outside the repository (never to single files).</param>
    public static IReadOnlyList<PostFile> Find(SiteSettings site, Action<ScanWarning> warn, bool followLinksOutside = false)
    {
        ArgumentNullException.ThrowIfNull(site);
        var files = new List<PostFile>();
        var root = site.RootPath;
        switch (site.Layout)
        {
            case RepositoryLayout.Hexo:
                AddUnder(site.PostFolders[0], drafts: false);
                AddUnder(site.PostFolders[1], drafts: true);
                break;
            case RepositoryLayout.Jekyll:
                AddUnder("_drafts", drafts: true);
                DirectoryWalker.Walk(root, root, name => !JekyllSkipped.Contains(name) && !name.StartsWith('_') || name == "_posts", AddJekyll, warn, followLinksOutside);
                break;
            case RepositoryLayout.Hugo:
                AddUnder(site.PostFolders[0], drafts: false, skip: name => name.StartsWith("_index.", StringComparison.OrdinalIgnoreCase));
                break;
            default:
                DirectoryWalker.Walk(root, root, name => name is not ("node_modules" or "bin" or "obj"), file => files.Add(Make(file, DirectoryWalker.Relative(root, file.FullPath), false, [])), warn, followLinksOutside);
                break;
        }

        return files;

        void AddUnder(string relativeFolder, bool drafts, Func<string, bool>? skip = null)
        {
            var folder = Path.Combine(root, relativeFolder);
            if (!Directory.Exists(folder))
            {
                return;
            }

            DirectoryWalker.Walk(root, folder, _ => true, file =>
            {
                if (skip is null || !skip(Path.GetFileName(file.FullPath)))
                {
                    files.Add(Make(file, DirectoryWalker.Relative(folder, file.FullPath), drafts, []));
                }
            }, warn, followLinksOutside);
        }

        void AddJekyll(WalkedFile file)
        {
            var source = DirectoryWalker.Relative(root, file.FullPath);
            var parts = source.Split('/');
            var postsIndex = Array.IndexOf(parts, "_posts");
            if (postsIndex < 0)
            {
                return;
            }

            var inside = string.Join('/', parts[(postsIndex + 1)..]);
            files.Add(Make(file, inside, false, parts[..postsIndex]));
        }

        PostFile Make(WalkedFile file, string inside, bool drafts, IReadOnlyList<string> folderCategories) =>
            new(file.FullPath, DirectoryWalker.Relative(root, file.FullPath), WithoutExtension(inside), drafts, folderCategories)
            {
                Length = file.Length,
                LastWriteUtc = file.LastWriteUtc,
            };
    }

    private static string WithoutExtension(string path)
    {
        var extension = Path.GetExtension(path);
        return extension.Length > 0 ? path[..^extension.Length] : path;
    }
}
