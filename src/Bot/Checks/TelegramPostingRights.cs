using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Checks;

/// <summary>
/// Whether the bot's own membership lets it post: in a channel it must be an administrator with
/// <c>can_post_messages</c>; in a group it must be a member not restricted from sending messages.
/// </summary>
public static class TelegramPostingRights
{
    /// <summary>Null when the bot can post; otherwise what is missing and how to fix it.</summary>
    public static string? Judge(ChatType chatType, ChatMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return chatType switch
        {
            ChatType.Channel => member switch
            {
                ChatMemberOwner => null,
                ChatMemberAdministrator { CanPostMessages: true } => null,
                ChatMemberAdministrator => "the bot is an administrator without the right to post messages; give it \"Post messages\".",
                _ => $"the bot is {Describe(member)}; make it an administrator with the right to post messages.",
            },
            ChatType.Group or ChatType.Supergroup => member switch
            {
                ChatMemberOwner or ChatMemberAdministrator or ChatMemberMember => null,
                ChatMemberRestricted { IsMember: true, CanSendMessages: true } => null,
                ChatMemberRestricted { IsMember: true } => "the bot is restricted from sending messages; lift the restriction.",
                _ => $"the bot is {Describe(member)}; add it to the group.",
            },
            _ => null,
        };
    }

    private static string Describe(ChatMember member) => member switch
    {
        ChatMemberLeft => "not a member",
        ChatMemberBanned => "banned",
        ChatMemberRestricted => "restricted and not a member",
        _ => "only a " + member.Status.ToString().ToLowerInvariant(),
    };
}
