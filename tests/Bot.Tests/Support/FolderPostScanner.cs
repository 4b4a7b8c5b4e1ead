using System.Globalization;
using Bot.Core.Posts;
using Bot.Core.Repository;

namespace Bot.Tests.Support;

/// <summary>
/// A small scanner over real files for watcher tests: every <c>*.md</c> under <c>&lt;root&gt;/posts</c> is a post;
/// a first line that parses as a date is its date; a file whose name ends in <c>.broken.md</c> is a warning.
/// </summary>
public sealed class FolderPostScanner(string root, string postFolder = "posts") : IPostScanner
{
    public static readonly DateTimeOffset DefaultDate = new(2026, 1, 11, 8, 0, 0, TimeSpan.FromHours(8));

    public string PostsPath => Path.Combine(root, postFolder);

    public PostScan Scan(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(root))
        {
            throw new RepositoryUnavailableException($"The repository folder '{root}' does not exist.");
        }

        var site = new SiteDescription(RepositoryLayout.Plain, root, "https://blog.example", ":title/", [PostsPath]);
        var posts = new List<Post>();
        var warnings = new List<ScanWarning>();
        var files = Directory.Exists(PostsPath) ? Directory.GetFiles(PostsPath, "*.md", SearchOption.AllDirectories) : [];
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (file.EndsWith(".broken.md", StringComparison.Ordinal))
            {
                warnings.Add(new ScanWarning(relative, "front matter is not valid YAML; skipped"));
                continue;
            }

            posts.Add(ReadPost(file, relative));
        }

        return new PostScan(site, posts, warnings);
    }

    private static Post ReadPost(string file, string relative)
    {
        string firstLine;
        try
        {
            firstLine = File.ReadLines(file).FirstOrDefault() ?? "";
        }
        catch (IOException)
        {
            firstLine = "";
        }

        var date = DateTimeOffset.TryParse(firstLine, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : DefaultDate;
        var name = Path.GetFileNameWithoutExtension(file);
        return new Post
        {
            Id = relative,
            Source = relative,
            Title = name,
            Date = date,
            Categories = ["深度学习"],
            Link = $"https://blog.example/{Uri.EscapeDataString(name)}/",
            Summary = name,
            ContentHash = firstLine,
        };
    }
}
