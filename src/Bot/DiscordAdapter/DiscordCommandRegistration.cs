using Bot.Discord;
using Microsoft.Extensions.Logging;

namespace Bot.DiscordAdapter;

/// <summary>
/// Bulk-overwrites <c>/latest</c>, <c>/category</c> and <c>/help</c> once per run: in each guild of
/// <c>Discord:GuildIds</c> (instant), or globally when there are none. A failure is logged and tried again on the
/// next READY; the gateway keeps serving whatever commands Discord already has.
/// </summary>
public sealed partial class DiscordCommandRegistration(DiscordRestClient rest, DiscordOptions settings, ILogger logger)
{
    private bool done;

    public async Task EnsureAsync(string? applicationIdFromReady, CancellationToken cancellationToken)
    {
        if (done)
        {
            return;
        }

        var applicationId = string.IsNullOrEmpty(settings.ApplicationId) ? applicationIdFromReady : settings.ApplicationId;
        if (string.IsNullOrEmpty(applicationId))
        {
            LogFailed(logger, "(all)", "no application id: set Discord:ApplicationId or wait for READY");
            return;
        }

        try
        {
            if (settings.GuildIds.Count == 0)
            {
                await rest.BulkOverwriteGlobalCommandsAsync(applicationId, DiscordCommandDefinitions.All, cancellationToken);
                LogRegistered(logger, DiscordCommandDefinitions.All.Count, "global");
            }

            foreach (var guildId in settings.GuildIds)
            {
                await rest.BulkOverwriteGuildCommandsAsync(applicationId, guildId, DiscordCommandDefinitions.All, cancellationToken);
                LogRegistered(logger, DiscordCommandDefinitions.All.Count, "guild " + guildId);
            }

            done = true;
        }
        catch (DiscordApiException exception)
        {
            LogFailed(logger, settings.GuildIds.Count == 0 ? "global" : string.Join(',', settings.GuildIds), DiscordChannelSender.Describe(exception));
        }
    }

    [LoggerMessage(EventId = 5211, Level = LogLevel.Information, Message = "Discord: registered {Count} slash commands ({Scope})")]
    private static partial void LogRegistered(ILogger logger, int count, string scope);

    [LoggerMessage(EventId = 5212, Level = LogLevel.Error, Message = "Discord: registering slash commands ({Scope}) failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string scope, string reason);
}
