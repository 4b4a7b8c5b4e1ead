using System.Globalization;
using Bot.Core.Posts;

namespace Bot.Core.Commands;

/// <summary>
/// Compact ASCII button payloads, at most <see cref="MaxLength"/> characters whatever the category name, so they fit
/// Telegram's 64-byte <c>callback_data</c> and Discord's 100-character <c>custom_id</c>:
/// <c>s</c>, <c>h</c>, <c>l:COUNT:PAGE</c>, <c>cl:PAGE</c>, <c>c:SHORTID:PAGE</c>.
/// </summary>
public static class CommandPayload
{
    /// <summary>The longest payload Encode produces: <c>c:</c> + 8 + <c>:</c> + ten digits.</summary>
    public const int MaxLength = 21;

    public static string Encode(ChatCommand command, PostIndex index)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(index);
        return command switch
        {
            StartCommand => "s",
            HelpCommand => "h",
            LatestCommand latest => Invariant($"l:{Math.Clamp(latest.Count, 1, LatestCommand.MaxCount)}:{Page(latest.Page)}"),
            CategoryListCommand list => Invariant($"cl:{Page(list.Page)}"),
            CategoryPostsCommand posts => Invariant($"c:{ShortIdOf(posts.Category, index)}:{Page(posts.Page)}"),
            _ => throw new ArgumentException($"No payload form for command {command.GetType().Name}.", nameof(command)),
        };
    }

    /// <summary>The command a payload stands for; null when it is malformed or names a category the index no longer has.</summary>
    public static ChatCommand? Decode(string payload, PostIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        if (string.IsNullOrEmpty(payload) || payload.Length > MaxLength)
        {
            return null;
        }

        var parts = payload.Split(':');
        return parts switch
        {
            ["s"] => new StartCommand(),
            ["h"] => new HelpCommand(),
            ["l", var count, var page] when TryNumber(count, out var n) && n is >= 1 and <= LatestCommand.MaxCount && TryNumber(page, out var p)
                => new LatestCommand(n, p),
            ["cl", var page] when TryNumber(page, out var p) => new CategoryListCommand(p),
            ["c", var id, var page] when TryNumber(page, out var p) && FindByShortId(index, id) is { } name
                => new CategoryPostsCommand(name, p),
            _ => null,
        };
    }

    /// <summary>The payload of a category button, from the category's short id.</summary>
    internal static string ForCategory(string shortId, int page) => Invariant($"c:{shortId}:{Page(page)}");

    private static string ShortIdOf(string category, PostIndex index) =>
        CategoryShortId.For(CategoryMatcher.Resolve(index, category)?.Name ?? category);

    private static string? FindByShortId(PostIndex index, string id) =>
        CategoryShortId.IsWellFormed(id) ? CategoryLookup.For(index).ByShortId(id)?.Name : null;

    private static int Page(int page) => Math.Max(page, 0);

    private static bool TryNumber(string text, out int value)
    {
        value = 0;
        return text.Length is > 0 and <= 10 && text.All(char.IsAsciiDigit)
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
