using Bot.Discord;
using Bot.Discord.Models;

namespace Bot.Checks;

/// <summary>A bot-token channel: reachable, and the bot's permissions there (roles, then overwrites) include what posting needs.</summary>
public sealed class DiscordChannelProbe(DiscordRestClient rest, DiscordUser me)
{
    public async Task<CheckLine> CheckAsync(string subject, string channelId, CancellationToken cancellationToken)
    {
        subject = $"{subject} ({channelId})";
        var (channel, problem) = await DiscordCheckCalls.AskAsync(ct => rest.GetChannelAsync(channelId, ct), "the token was rejected", cancellationToken);
        if (channel is null)
        {
            return CheckLine.Fail(subject, $"cannot be read: {problem}. Invite the bot to the server and give it View Channel there.");
        }

        if (channel.GuildId is not { } guildId)
        {
            return CheckLine.Pass(subject, "reachable (not a server channel)");
        }

        var (member, memberProblem) = await DiscordCheckCalls.AskAsync(ct => rest.GetGuildMemberAsync(guildId, me.Id, ct), "the token was rejected", cancellationToken);
        var (roles, rolesProblem) = await DiscordCheckCalls.AskAsync(ct => rest.GetGuildRolesAsync(guildId, ct), "the token was rejected", cancellationToken);
        if (member is null || roles is null)
        {
            return CheckLine.Fail(subject, $"the bot's roles in server {guildId} cannot be read: {memberProblem ?? rolesProblem}");
        }

        var granted = DiscordPermissions.InChannel(me.Id, member, roles, channel);
        var missing = DiscordPermissions.Missing(granted, DiscordCheck.Needed);
        var name = channel.Name is null ? "" : $"#{channel.Name} ";
        return missing == 0
            ? CheckLine.Pass(subject, $"{name}reachable; the bot may view, send messages and embed links")
            : CheckLine.Fail(subject, $"{name}the bot lacks {missing}; grant it to the bot's role or in the channel's permission overwrites.");
    }
}
