using Bot.Secrets;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Polling;
using Telegram.Bot.Types;

namespace Bot.Telegram;

/// <summary>
/// Glue between Telegram.Bot's receiver and our processor. The receiver loops straight back into getUpdates after an
/// error, so the pause happens here: growing back-off after failures, a long one after 409 (another instance or a
/// webhook holds the token), which would otherwise be hammered. Updates are handled side by side (at most
/// <see cref="MaxConcurrentUpdates"/>): a reply waiting for its chat's turn must not hold up another chat's answer.
/// Each update starts in arrival order, so replies to one chat keep their order in the send queue.
/// </summary>
public sealed class TelegramPollingHandler(
    TelegramUpdateProcessor processor, TimeProvider timeProvider, SecretRedactor redactor, ILogger logger) : IUpdateHandler
{
    public static readonly TimeSpan ConflictDelay = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan FirstErrorDelay = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan MaxErrorDelay = TimeSpan.FromSeconds(60);

    public const int MaxConcurrentUpdates = 64;

    private readonly HashSet<Task> running = [];
    private int consecutiveErrors;

    public async Task HandleUpdateAsync(ITelegramBotClient botClient, Update update, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref consecutiveErrors, 0);
        while (true)
        {
            Task[] busy;
            lock (running)
            {
                running.RemoveWhere(t => t.IsCompleted);
                busy = [.. running];
            }

            if (busy.Length < MaxConcurrentUpdates)
            {
                // Only the receiver's loop adds, so the count cannot grow between the check and the add.
                var handling = HandleInBackgroundAsync(update, cancellationToken);
                lock (running)
                {
                    running.Add(handling);
                }

                return;
            }

            await Task.WhenAny(busy).WaitAsync(cancellationToken);
        }
    }

    private async Task HandleInBackgroundAsync(Update update, CancellationToken cancellationToken)
    {
        try
        {
            await processor.HandleAsync(update, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // shutting down
        }
        catch (Exception ex)
        {
            TelegramLog.CommandFailed(logger, 0, redactor.Describe(ex));
        }
    }

    public async Task HandleErrorAsync(ITelegramBotClient botClient, Exception exception, HandleErrorSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (source == HandleErrorSource.HandleUpdateError)
        {
            TelegramLog.CommandFailed(logger, 0, redactor.Describe(exception));
            return;
        }

        var conflict = TelegramErrorMapper.IsConflict(exception);
        var delay = conflict ? ConflictDelay : NextErrorDelay();

        // The timer starts before the log line, so whoever reads the line knows the pause is already running.
        var pause = Task.Delay(delay, timeProvider, cancellationToken);
        if (conflict)
        {
            TelegramLog.PollingConflict(logger, redactor.Redact(exception.Message), delay);
        }
        else
        {
            TelegramLog.PollingFailed(logger, redactor.Describe(exception), delay);
        }

        try
        {
            await pause;
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }

    private TimeSpan NextErrorDelay()
    {
        var errors = Interlocked.Increment(ref consecutiveErrors);
        var seconds = FirstErrorDelay.TotalSeconds * Math.Pow(2, Math.Min(errors - 1, 10));
        return TimeSpan.FromSeconds(Math.Min(seconds, MaxErrorDelay.TotalSeconds));
    }
}
