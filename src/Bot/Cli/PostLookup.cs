using Bot.Core.Posts;
using Bot.Core.Repository;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Cli;

/// <summary>Finds a post for a verb by scanning the repository once, as the service would.</summary>
public static class PostLookup
{
    /// <summary>The post, or null with the reason written to <paramref name="error"/>.</summary>
    public static Post? Find(IServiceProvider services, string postId, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        var scanner = services.GetService<IPostScanner>();
        if (scanner is null)
        {
            error.WriteLine("error: this build has no post scanner, so posts cannot be looked up.");
            return null;
        }

        PostScan scan;
        try
        {
            scan = scanner.Scan(cancellationToken);
        }
        catch (RepositoryUnavailableException ex)
        {
            error.WriteLine($"error: cannot read the repository: {ex.Message}");
            return null;
        }

        var time = services.GetRequiredService<TimeProvider>();
        var post = PostIndex.Build(scan.Posts, time.GetUtcNow()).Find(postId);
        if (post is null)
        {
            error.WriteLine($"error: no post with id '{postId}' in the repository ({scan.Posts.Count} posts found).");
        }

        return post;
    }
}
