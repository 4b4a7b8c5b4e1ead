using Bot.Core.Posts;

namespace Bot.Core.Channels;

/// <summary>Decides which channels want a post, from their categories, exclusions and tags.</summary>
public static class ChannelRouter
{
    public const string AllCategories = "*";

    public static bool Wants(ChannelOptions channel, Post post)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(post);
        if (!channel.Enabled || post.Categories.Any(c => channel.ExcludeCategories.Contains(c, CategoryName.Comparer)))
        {
            return false;
        }

        var categories = channel.Categories;
        var wantsAll = categories.Count == 0 ? channel.Tags.Count == 0 : categories.Contains(AllCategories);
        return wantsAll
            || post.Categories.Any(c => categories.Contains(c, CategoryName.Comparer))
            || post.Tags.Any(t => channel.Tags.Contains(t, CategoryName.Comparer));
    }

    public static IReadOnlyList<ChannelOptions> ChannelsFor(Post post, IEnumerable<ChannelOptions> channels) =>
        [.. channels.Where(c => Wants(c, post))];
}
