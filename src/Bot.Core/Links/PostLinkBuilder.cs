using Bot.Core.Generators;
using Bot.Core.Repository;

namespace Bot.Core.Links;

/// <summary>The absolute URL of a post, built the way the repository's generator builds it.</summary>
public static class PostLinkBuilder
{
    public static string Build(PostLinkInput post, SiteSettings site)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(site);
        return SiteGenerators.For(site.Layout).BuildLink(post, site);
    }
}
