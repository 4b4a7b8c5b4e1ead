using Bot.Core.Posts;
using Bot.Discord;
using Bot.Discord.Gateway;
using Bot.Discord.Models;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.DiscordAdapter;

/// <summary>
/// Serves the slash commands: keeps the gateway session, registers the commands once the application id is known
/// (configured, or from READY), and answers every <c>INTERACTION_CREATE</c> through the callback endpoint well
/// within Discord's 3 seconds. Runs only with a token and <c>Discord:Commands</c> on. A fatal gateway close (bad
/// token, disallowed intents) stops the commands with a clear log entry; announcements carry on.
/// </summary>
public sealed partial class DiscordInteractionService(
    DiscordRestClient rest,
    IOptions<DiscordOptions> options,
    PostIndexHolder posts,
    DiscordInteractionResponder responder,
    TimeProvider time,
    ILogger<DiscordInteractionService> logger,
    IGatewaySocketFactory? sockets = null) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.HasToken || !settings.Commands)
        {
            LogDisabled(logger, settings.HasToken ? "Discord:Commands is off" : "no Discord:Token is set");
            return;
        }

        var gateway = new DiscordGateway(rest, new DiscordGatewayOptions
        {
            Token = settings.Token!,
            GatewayUrl = string.IsNullOrEmpty(settings.GatewayUrl) ? null : new Uri(settings.GatewayUrl),
            Intents = 0,
            TimeProvider = time,
            // A heartbeat ACK comes every ~41 s for as long as the bot runs: routine, so Debug.
            OnStatus = status => LogGatewayStatus(
                logger, status.Kind == GatewayStatusKind.HeartbeatAcknowledged ? LogLevel.Debug : LogLevel.Information, status.Kind.ToString(), status.Message),
        }, sockets);
        var running = gateway.RunAsync(stoppingToken);
        var registration = new DiscordCommandRegistration(rest, settings, logger);
        try
        {
            await foreach (var dispatch in gateway.Dispatches.ReadAllAsync(stoppingToken))
            {
                if (dispatch.Type == GatewayDispatch.Ready)
                {
                    await registration.EnsureAsync(gateway.ApplicationId, stoppingToken);
                }
                else if (dispatch.Type == GatewayDispatch.InteractionCreate)
                {
                    _ = AnswerAsync(dispatch, time.GetUtcNow() + DiscordLimits.InteractionResponseDeadline, stoppingToken);
                }
            }

            await running;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (DiscordGatewayException exception)
        {
            LogGatewayStopped(logger, exception.CloseCode, exception.Message);
        }
    }

    /// <summary>
    /// Answers one interaction by its 3-second deadline (never retried past it); every failure is logged and the
    /// listener keeps going.
    /// </summary>
    private async Task AnswerAsync(GatewayDispatch dispatch, DateTimeOffset answerBy, CancellationToken cancellationToken)
    {
        Interaction? interaction = null;
        try
        {
            interaction = dispatch.AsInteraction();
            if (interaction is null)
            {
                return;
            }

            InteractionCallback callback;
            try
            {
                callback = responder.Respond(interaction, posts.Current);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogAnswerFailed(logger, DiscordInteractionResponder.Describe(interaction), exception.Message);
                callback = DiscordInteractionResponder.Failure(interaction.Locale);
            }

            await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, callback, answerBy, cancellationToken);
            LogAnswered(logger, DiscordInteractionResponder.Describe(interaction), (int)callback.Type);
        }
        catch (DiscordApiException exception)
        {
            LogCallbackFailed(logger, interaction is null ? "?" : DiscordInteractionResponder.Describe(interaction), DiscordChannelSender.Describe(exception));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogCallbackFailed(logger, interaction is null ? "?" : DiscordInteractionResponder.Describe(interaction), exception.Message);
        }
    }

    [LoggerMessage(EventId = 5201, Level = LogLevel.Information, Message = "Discord commands are not served: {Reason}")]
    private static partial void LogDisabled(ILogger logger, string reason);

    [LoggerMessage(EventId = 5202, Message = "Discord gateway: {Kind} {Detail}")]
    private static partial void LogGatewayStatus(ILogger logger, LogLevel level, string kind, string detail);

    [LoggerMessage(EventId = 5203, Level = LogLevel.Critical, Message = "Discord gateway stopped for good (close code {CloseCode}): {Reason}. Slash commands are off until the bot restarts; announcements continue.")]
    private static partial void LogGatewayStopped(ILogger logger, int? closeCode, string reason);

    [LoggerMessage(EventId = 5204, Level = LogLevel.Debug, Message = "Discord interaction {Interaction} answered with callback type {CallbackType}")]
    private static partial void LogAnswered(ILogger logger, string interaction, int callbackType);

    [LoggerMessage(EventId = 5205, Level = LogLevel.Error, Message = "Discord interaction {Interaction} could not be answered: {Reason}; sent an apology")]
    private static partial void LogAnswerFailed(ILogger logger, string interaction, string reason);

    [LoggerMessage(EventId = 5206, Level = LogLevel.Warning, Message = "Discord interaction {Interaction}: the callback failed: {Reason}")]
    private static partial void LogCallbackFailed(ILogger logger, string interaction, string reason);
}
