namespace Bot.Discord;

/// <summary>The permission bits an announcing bot needs, plus the one that grants all.</summary>
/// <remarks>https://discord.com/developers/docs/topics/permissions#permissions-bitwise-permission-flags</remarks>
[Flags]
#pragma warning disable CA1028 // Discord permissions are a 64-bit bitset.
public enum DiscordPermission : ulong
#pragma warning restore CA1028
{
    None = 0,
    Administrator = 1UL << 3,
    ViewChannel = 1UL << 10,
    SendMessages = 1UL << 11,
    EmbedLinks = 1UL << 14,
    UseApplicationCommands = 1UL << 31,
    SendMessagesInThreads = 1UL << 38,
    All = ulong.MaxValue,
}
