using System.Globalization;
using Bot.Discord.Models;

namespace Bot.Discord;

/// <summary>Computes a member's permissions in a channel from guild roles and the channel's overwrites.</summary>
/// <remarks>https://discord.com/developers/docs/topics/permissions#permission-overwrites</remarks>
public static class DiscordPermissions
{
    /// <summary>
    /// Base permissions (@everyone plus the member's roles), then the channel's @everyone overwrite, the role
    /// overwrites together, and the member's own overwrite, in the documented order. The owner and administrators get all.
    /// </summary>
    public static DiscordPermission InChannel(
        string userId, GuildMember member, IReadOnlyList<GuildRole> roles, DiscordChannel channel, string? guildOwnerId = null)
    {
        var guildId = channel.GuildId ?? string.Empty;
        if (userId == guildOwnerId)
        {
            return DiscordPermission.All;
        }

        var memberRoles = member.Roles.ToHashSet(StringComparer.Ordinal);
        var permissions = roles.Where(role => role.Id == guildId || memberRoles.Contains(role.Id))
            .Aggregate(0UL, (bits, role) => bits | Parse(role.Permissions));
        if ((permissions & (ulong)DiscordPermission.Administrator) != 0)
        {
            return DiscordPermission.All;
        }

        var overwrites = channel.PermissionOverwrites ?? [];
        if (overwrites.FirstOrDefault(o => o.Id == guildId) is { } everyone)
        {
            permissions = (permissions & ~Parse(everyone.Deny)) | Parse(everyone.Allow);
        }

        var roleOverwrites = overwrites.Where(o => o.Type == 0 && o.Id != guildId && memberRoles.Contains(o.Id)).ToList();
        var roleDeny = roleOverwrites.Aggregate(0UL, (bits, o) => bits | Parse(o.Deny));
        var roleAllow = roleOverwrites.Aggregate(0UL, (bits, o) => bits | Parse(o.Allow));
        permissions = (permissions & ~roleDeny) | roleAllow;

        if (overwrites.FirstOrDefault(o => o.Type == 1 && o.Id == userId) is { } own)
        {
            permissions = (permissions & ~Parse(own.Deny)) | Parse(own.Allow);
        }

        return (DiscordPermission)permissions;
    }

    /// <summary>Which of <paramref name="needed"/> are missing from <paramref name="granted"/>.</summary>
    public static DiscordPermission Missing(DiscordPermission granted, DiscordPermission needed) => needed & ~granted;

    private static ulong Parse(string? bits) =>
        ulong.TryParse(bits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
