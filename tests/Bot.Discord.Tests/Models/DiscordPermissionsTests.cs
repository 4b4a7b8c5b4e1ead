using Bot.Discord.Models;

namespace Bot.Discord.Tests.Models;

public sealed class DiscordPermissionsTests
{
    private const string Guild = "100";
    private const string Bot = "900";
    private const ulong View = 1UL << 10;
    private const ulong Send = 1UL << 11;
    private const ulong Embed = 1UL << 14;

    private static readonly DiscordPermission Needed = DiscordPermission.ViewChannel | DiscordPermission.SendMessages | DiscordPermission.EmbedLinks;

    public static TheoryData<string, ulong, ulong[], DiscordPermission> Cases => new()
    {
        // description, @everyone role bits, overwrites as [type, id, allow, deny]..., expected missing
        { "everyone may do all", View | Send | Embed, [], DiscordPermission.None },
        { "everyone may only view", View, [], DiscordPermission.SendMessages | DiscordPermission.EmbedLinks },
        { "channel denies send to everyone", View | Send | Embed, [0, 100, 0, Send], DiscordPermission.SendMessages },
        { "bot role allowed back in channel", View | Send | Embed, [0, 100, 0, Send, 0, 200, Send, 0], DiscordPermission.None },
        { "member overwrite denies embeds", View | Send | Embed, [1, 900, 0, Embed], DiscordPermission.EmbedLinks },
        { "role deny beats nothing, member allow wins last", View, [0, 200, 0, Send, 1, 900, Send | Embed, 0], DiscordPermission.None },
        { "administrator role ignores overwrites", 1UL << 3, [0, 100, 0, View | Send | Embed], DiscordPermission.None },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void InChannel_RolesAndOverwrites_GiveExpectedMissingPermissions(string description, ulong everyone, ulong[] overwrites, DiscordPermission missing)
    {
        var roles = new[]
        {
            new GuildRole { Id = Guild, Permissions = everyone.ToString() },
            new GuildRole { Id = "200", Permissions = "0" },
            new GuildRole { Id = "300", Permissions = (Send | Embed).ToString() },
        };
        var channel = new DiscordChannel
        {
            Id = "1",
            GuildId = Guild,
            PermissionOverwrites = overwrites.Chunk(4)
                .Select(o => new PermissionOverwrite { Type = (int)o[0], Id = o[1].ToString(), Allow = o[2].ToString(), Deny = o[3].ToString() })
                .ToList(),
        };
        var member = new GuildMember { Roles = ["200"] };

        var granted = DiscordPermissions.InChannel(Bot, member, roles, channel);

        Assert.True(missing == DiscordPermissions.Missing(granted, Needed), description);
    }

    [Fact]
    public void InChannel_GuildOwner_HasEverything()
    {
        var channel = new DiscordChannel { Id = "1", GuildId = Guild, PermissionOverwrites = [new() { Id = Guild, Type = 0, Deny = (View | Send).ToString() }] };

        var granted = DiscordPermissions.InChannel(Bot, new GuildMember(), [new GuildRole { Id = Guild }], channel, guildOwnerId: Bot);

        Assert.Equal(DiscordPermission.None, DiscordPermissions.Missing(granted, Needed));
    }
}
