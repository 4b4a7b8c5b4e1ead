using Bot.Checks;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Tests.Checks;

public sealed class TelegramPostingRightsTests
{
    public static TheoryData<ChatType, string, bool> Cases => new()
    {
        { ChatType.Channel, "owner", true },
        { ChatType.Channel, "admin-posting", true },
        { ChatType.Channel, "admin-not-posting", false },
        { ChatType.Channel, "member", false },
        { ChatType.Supergroup, "member", true },
        { ChatType.Supergroup, "restricted-may-send", true },
        { ChatType.Supergroup, "restricted-muted", false },
        { ChatType.Group, "left", false },
        { ChatType.Group, "banned", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Judge_BotMembership_AllowsPostingOnlyWithTheRightsTheChatTypeNeeds(ChatType chatType, string membership, bool canPost)
    {
        var problem = TelegramPostingRights.Judge(chatType, Member(membership));

        if (canPost)
        {
            Assert.Null(problem);
        }
        else
        {
            Assert.False(string.IsNullOrWhiteSpace(problem));
        }
    }

    private static ChatMember Member(string membership)
    {
        var bot = new User { Id = 42, IsBot = true, FirstName = "Blog Bot" };
        return membership switch
        {
            "owner" => new ChatMemberOwner { User = bot },
            "admin-posting" => new ChatMemberAdministrator { User = bot, CanPostMessages = true },
            "admin-not-posting" => new ChatMemberAdministrator { User = bot, CanPostMessages = false },
            "member" => new ChatMemberMember { User = bot },
            "restricted-may-send" => new ChatMemberRestricted { User = bot, IsMember = true, CanSendMessages = true },
            "restricted-muted" => new ChatMemberRestricted { User = bot, IsMember = true, CanSendMessages = false },
            "left" => new ChatMemberLeft { User = bot },
            _ => new ChatMemberBanned { User = bot },
        };
    }
}
