using Bot.Core.Commands;
using Bot.Core.Posts;
using Bot.Discord;
using Bot.Discord.Models;

namespace Bot.DiscordAdapter;

/// <summary>
/// A command <see cref="Reply"/> as a Discord message: one embed (heading, text, one field per post), a string
/// select for category choices (at most 25) and a row of paging buttons. Payloads become <c>custom_id</c>s and
/// select values, both far below Discord's 100 characters.
/// </summary>
public static class DiscordReplyRenderer
{
    /// <summary>The <c>custom_id</c> of the category select; the chosen payload arrives in <c>values[0]</c>.</summary>
    public const string CategorySelectId = "category-select";

    public const int SelectOptionsLimit = 25;
    public const int FieldsLimit = 25;
    private const int FieldNameLimit = 256;
    private const int FieldValueLimit = 1024;
    private const int LabelLimit = 80;
    private const int OptionLabelLimit = 100;

    public static InteractionCallbackData Render(Reply reply, bool ephemeral)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var title = DiscordMarkdown.EscapeAndFit(reply.Heading, DiscordEmbedRenderer.TitleLimit);
        var description = string.IsNullOrWhiteSpace(reply.Text) ? null : DiscordMarkdown.EscapeAndFit(reply.Text, DiscordEmbedRenderer.DescriptionLimit);
        var items = reply.Items.Take(FieldsLimit).ToList();
        var perItem = items.Count == 0 ? 0 : (DiscordEmbedRenderer.TotalLimit - title.Length - (description?.Length ?? 0)) / items.Count;
        var embed = new Embed
        {
            Title = title,
            Description = description,
            Color = reply.IsNotice ? NoticeColor : DiscordCategoryColor.Uncategorized,
            Fields = items.Count == 0 ? null : [.. items.Select(item => Field(item, perItem))],
        };
        return new InteractionCallbackData
        {
            Embeds = [embed],
            Components = Components(reply),
            AllowedMentions = AllowedMentions.None,
            Flags = ephemeral ? MessageFlags.Ephemeral : null,
        };
    }

    /// <summary>Autocomplete choices: the category's name shown, the name (or its short id when over 100 characters) sent.</summary>
    public static IReadOnlyList<ApplicationCommandOptionChoice> Choices(IReadOnlyList<CategoryCount> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        return [.. categories.Take(CategorySuggester.MaxChoices).Select(c => ApplicationCommandOptionChoice.ForString(
            DiscordMarkdown.Fit(c.Name, OptionLabelLimit),
            c.Name.Length <= OptionLabelLimit ? c.Name : CategoryShortId.For(c.Name)))];
    }

    /// <summary>Amber for notices (unknown category, stale button), so they read as a warning.</summary>
    private const int NoticeColor = 0xF0B232;

    private static EmbedField Field(ReplyItem item, int budget)
    {
        var name = DiscordMarkdown.EscapeAndFit(item.Title.Trim().Length == 0 ? item.Link : item.Title, Math.Clamp(budget / 4, 1, FieldNameLimit));
        var meta = DiscordMarkdown.Fit(
            $"{DiscordEmbedRenderer.ShortDate(item.Date)}{(item.Categories.Count == 0 ? "" : " · " + DiscordMarkdown.Escape(string.Join(", ", item.Categories)))} · {item.Link}",
            FieldValueLimit);
        var room = Math.Min(FieldValueLimit, budget - name.Length) - meta.Length - 1;
        var value = room < 16 || string.IsNullOrWhiteSpace(item.Summary)
            ? meta
            : DiscordMarkdown.EscapeAndFit(item.Summary.Trim(), room) + "\n" + meta;
        return new EmbedField { Name = name, Value = value };
    }

    private static List<MessageComponent>? Components(Reply reply)
    {
        var rows = new List<MessageComponent>(2);
        if (reply.CategoryChoices.Count > 0)
        {
            rows.Add(MessageComponent.ActionRow(MessageComponent.StringSelect(
                CategorySelectId,
                [.. reply.CategoryChoices.Take(SelectOptionsLimit).DistinctBy(c => c.Payload, StringComparer.Ordinal)
                    .Select(c => new SelectOption { Label = DiscordMarkdown.Fit(c.Label, OptionLabelLimit), Value = c.Payload })])));
        }

        if (reply.Paging.Count > 0)
        {
            rows.Add(MessageComponent.ActionRow([.. reply.Paging.Take(5).DistinctBy(b => b.Payload, StringComparer.Ordinal)
                .Select(b => MessageComponent.Button(b.Payload, DiscordMarkdown.Fit(b.Label, LabelLimit)))]));
        }

        return rows.Count == 0 ? null : rows;
    }
}
