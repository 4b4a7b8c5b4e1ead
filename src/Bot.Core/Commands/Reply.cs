namespace Bot.Core.Commands;

/// <summary>
/// A platform-neutral answer to a command. Renderers turn it into Telegram HTML with an inline keyboard or Discord
/// embeds with components.
/// </summary>
public sealed record Reply
{
    /// <summary>First line, e.g. "Latest posts" or "Category: NLP".</summary>
    public required string Heading { get; init; }

    /// <summary>Free text under the heading (help text, or "No category 'nlpp'. Did you mean NLP?").</summary>
    public string? Text { get; init; }

    public IReadOnlyList<ReplyItem> Items { get; init; } = [];

    /// <summary>"‹ Newer" / "Older ›" buttons, in that order, only those that apply.</summary>
    public IReadOnlyList<ReplyButton> Paging { get; init; } = [];

    /// <summary>Category choices ("NLP (12)"), shown as a keyboard or a select menu.</summary>
    public IReadOnlyList<ReplyButton> CategoryChoices { get; init; } = [];

    /// <summary>True when the reply reports a problem with the request (unknown category, stale button).</summary>
    public bool IsNotice { get; init; }
}
