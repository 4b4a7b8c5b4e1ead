using Bot.Core.Posts;

namespace Bot.Core.Commands;

/// <summary>Answers a <see cref="ChatCommand"/> from a <see cref="PostIndex"/> snapshot; pure apart from reading the clock.</summary>
public sealed class CommandHandler
{
    private readonly TimeProvider time;
    private readonly CommandHandlerOptions options;

    public CommandHandler(TimeProvider time)
        : this(time, new CommandHandlerOptions())
    {
    }

    public CommandHandler(TimeProvider time, CommandHandlerOptions options)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.CategoryPageSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.CategoryChoicesPerPage, 1);
        this.time = time;
        this.options = options;
    }

    public Reply Handle(ChatCommand command, PostIndex index, ReplyLanguage language)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(index);
        var texts = CommandTexts.For(language);
        return command switch
        {
            StartCommand => new Reply { Heading = texts.StartHeading, Text = texts.HelpText },
            HelpCommand => new Reply { Heading = texts.HelpHeading, Text = texts.HelpText },
            LatestCommand latest => Latest(latest, index, texts),
            CategoryListCommand list => CategoryList(list.Page, index, texts, notice: null),
            CategoryPostsCommand posts => CategoryPosts(posts, index, texts),
            _ => new Reply { Heading = texts.HelpHeading, Text = texts.HelpText },
        };
    }

    private Reply Latest(LatestCommand command, PostIndex index, CommandTexts texts)
    {
        var count = Math.Clamp(command.Count, 1, LatestCommand.MaxCount);
        var posts = Visible(index, index.Published);
        if (posts.Count == 0)
        {
            return new Reply { Heading = texts.LatestHeading, Text = texts.NoPosts };
        }

        var window = PageWindow.Of(posts.Count, command.Page, count);
        return new Reply
        {
            Heading = texts.LatestHeading,
            Items = Items(posts, window),
            Paging = Paging(window, texts.Newer, texts.Older, page => CommandPayload.Encode(new LatestCommand(count, page), index)),
        };
    }

    private Reply CategoryPosts(CategoryPostsCommand command, PostIndex index, CommandTexts texts)
    {
        if (index.Published.Count == 0)
        {
            return new Reply { Heading = texts.CategoriesHeading, Text = texts.NoPosts };
        }

        // A button's short id is accepted too, for adapters that put it in the command themselves.
        var category = CategoryMatcher.Resolve(index, command.Category)
            ?? (CategoryShortId.IsWellFormed(command.Category) ? CategoryLookup.For(index).ByShortId(command.Category) : null);
        var posts = category is null ? [] : Visible(index, index.InCategory(category.Name));
        if (category is null || posts.Count == 0)
        {
            var query = command.Category.Trim();
            return CategoryList(0, index, texts, texts.UnknownCategory(query, CategoryMatcher.Suggest(index, query)));
        }

        var window = PageWindow.Of(posts.Count, command.Page, options.CategoryPageSize);
        return new Reply
        {
            Heading = texts.CategoryHeading(category.Name),
            Text = texts.PostCount(posts.Count),
            Items = Items(posts, window),
            Paging = Paging(window, texts.Newer, texts.Older, page => CommandPayload.ForCategory(CategoryShortId.For(category.Name), page)),
        };
    }

    private Reply CategoryList(int requestedPage, PostIndex index, CommandTexts texts, string? notice)
    {
        var categories = CategoryLookup.For(index).Entries;
        if (categories.Count == 0)
        {
            return new Reply { Heading = texts.CategoriesHeading, Text = texts.NoPosts };
        }

        var window = PageWindow.Of(categories.Count, requestedPage, options.CategoryChoicesPerPage);
        return new Reply
        {
            Heading = texts.CategoriesHeading,
            Text = notice,
            IsNotice = notice is not null,
            CategoryChoices = [.. categories.Skip(window.Skip).Take(window.Take)
                .Select(e => new ReplyButton(texts.CategoryChoice(e.Category.Name, e.Category.Count), CommandPayload.ForCategory(e.ShortId, 0)))],
            Paging = Paging(window, texts.PreviousPage, texts.NextPage, page => CommandPayload.Encode(new CategoryListCommand(page), index)),
        };
    }

    /// <summary>The index is a snapshot; a post that expired since it was built is left out.</summary>
    private IReadOnlyList<Post> Visible(PostIndex index, IReadOnlyList<Post> posts)
    {
        var now = time.GetUtcNow();
        return CategoryLookup.For(index).EarliestExpiry is { } expiry && expiry <= now
            ? [.. posts.Where(p => p.StatusAt(now) == PostStatus.Published)]
            : posts;
    }

    private static ReplyItem[] Items(IReadOnlyList<Post> posts, PageWindow window) =>
        [.. posts.Skip(window.Skip).Take(window.Take).Select(p => new ReplyItem(p.Title, p.Link, p.Date, p.Categories, p.Summary))];

    private static ReplyButton[] Paging(PageWindow window, string previous, string next, Func<int, string> payload)
    {
        var buttons = new List<ReplyButton>(2);
        if (window.HasPrevious)
        {
            buttons.Add(new ReplyButton(previous, payload(window.Page - 1)));
        }

        if (window.HasNext)
        {
            buttons.Add(new ReplyButton(next, payload(window.Page + 1)));
        }

        return [.. buttons];
    }
}
