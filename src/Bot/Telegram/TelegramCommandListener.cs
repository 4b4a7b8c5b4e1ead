using Bot.Core.Commands;
using Bot.Core.Posts;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Polling;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram;

/// <summary>
/// Answers commands through long polling: learns its username with getMe, publishes the command menu in English and
/// Chinese, then runs Telegram.Bot's receiver until the host stops.
/// </summary>
public sealed class TelegramCommandListener(
    TelegramBotClientProvider clients,
    PostIndexHolder posts,
    CommandHandler commandHandler,
    IOptions<TelegramOptions> options,
    TelegramSendThrottle throttle,
    TimeProvider timeProvider,
    ILogger<TelegramCommandListener> logger) : BackgroundService
{
    private readonly TelegramPacedApi paced = new(throttle, timeProvider);

    public static readonly TimeSpan StartupRetryDelay = TimeSpan.FromSeconds(10);

    private static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.ChannelPost, UpdateType.CallbackQuery];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (clients.Client is not { } bot)
        {
            return;
        }

        var me = await StartupAsync("getMe", ct => bot.GetMe(ct), stoppingToken);
        if (me is null)
        {
            return;
        }

        var menu = await StartupAsync("setMyCommands", ct => paced.CallAsync(c => SetCommandsAsync(bot, c), ct), stoppingToken);
        if (!menu)
        {
            return;
        }

        var username = me.Username ?? "";
        TelegramLog.Listening(logger, username);
        var processor = new TelegramUpdateProcessor(
            bot, paced, username, posts, commandHandler, new TelegramChatFloodGate(timeProvider),
            options.Value.Language, clients.Redactor, logger);
        var handler = new TelegramPollingHandler(processor, timeProvider, clients.Redactor, logger);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await bot.ReceiveAsync(handler, new ReceiverOptions { AllowedUpdates = Wanted }, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Never let the receiver take the host down: a faulted BackgroundService stops the whole service.
                await handler.HandleErrorAsync(bot, ex, HandleErrorSource.FatalError, stoppingToken);
            }
        }
    }

    private static async Task<bool> SetCommandsAsync(ITelegramBotClient bot, CancellationToken cancellationToken)
    {
        await bot.SetMyCommands(Menu(ReplyLanguage.English), BotCommandScope.Default(), cancellationToken: cancellationToken);
        await bot.SetMyCommands(Menu(ReplyLanguage.Chinese), BotCommandScope.Default(), languageCode: "zh", cancellationToken: cancellationToken);
        return true;
    }

    private static BotCommand[] Menu(ReplyLanguage language) =>
        [.. TelegramTexts.Commands(language).Select(c => new BotCommand(c.Command, c.Description))];

    /// <summary>Retries a start-up call until it works; a rejected token stops the listener (the rest of the service runs on).</summary>
    private async Task<T?> StartupAsync<T>(string method, Func<CancellationToken, Task<T>> call, CancellationToken stoppingToken)
    {
        while (true)
        {
            Exception failure;
            try
            {
                return await call(stoppingToken);
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 401)
            {
                TelegramLog.InvalidToken(logger, clients.Redactor.Redact(ex.Message));
                return default;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                failure = ex;
            }

            // The timer starts before the log line, so whoever reads the line knows the pause is already running.
            var pause = Task.Delay(StartupRetryDelay, timeProvider, stoppingToken);
            TelegramLog.StartupFailed(logger, method, clients.Redactor.Describe(failure), StartupRetryDelay);
            try
            {
                await pause;
            }
            catch (OperationCanceledException)
            {
                return default;
            }
        }
    }
}
