using Bot.Core.Posts;
using Bot.Core.Repository;

namespace Bot.Tests.TestSupport;

/// <summary>A scanner that returns the posts it was given, for verb tests.</summary>
public sealed class ListPostScanner(params Post[] posts) : IPostScanner
{
    public PostScan Scan(CancellationToken cancellationToken) =>
        new(new SiteDescription(RepositoryLayout.Plain, "/blog", "https://blog.example", ":title/", ["/blog"]), posts, []);
}
