using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace Bot.Telegram;

/// <summary>
/// The one way the bot sends or edits anything on Telegram. A message or edit waits for its turn in the shared
/// <see cref="TelegramSendThrottle"/> (per chat, per group or channel, per bot); a 429 holds that chat for
/// <c>retry_after</c>, and a reply refused that way is sent once more when the wait is over (an announcement goes back
/// to the outbox, which retries it). Calls that post no message (<c>answerCallbackQuery</c>, <c>setMyCommands</c>) take
/// no slot but get the same single retry after a 429.
/// </summary>
public sealed class TelegramPacedApi(TelegramSendThrottle throttle, TimeProvider timeProvider)
{
    /// <summary>Used when a 429 carries no <c>retry_after</c>.</summary>
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(1);

    /// <summary>Sends or edits one message in <paramref name="chat"/> when the limits allow it.</summary>
    public async Task<T> SendAsync<T>(
        ChatId chat, TelegramSendKind kind, string? requester, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(call);
        var key = chat.ToString();
        for (var attempt = 1; ; attempt++)
        {
            using var lease = await throttle.WaitAsync(key, kind, requester, cancellationToken);
            try
            {
                return await call(cancellationToken);
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 429)
            {
                throttle.Hold(key, RetryAfter(ex));
                if (kind == TelegramSendKind.Announcement || attempt > 1)
                {
                    throw;
                }
            }
        }
    }

    /// <summary>A call that posts no message: sent at once; after a 429 it waits <c>retry_after</c> and is sent once more.</summary>
    public async Task<T> CallAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return await call(cancellationToken);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 429)
        {
            await Task.Delay(RetryAfter(ex), timeProvider, cancellationToken);
            return await call(cancellationToken);
        }
    }

    public Task CallAsync(Func<CancellationToken, Task> call, CancellationToken cancellationToken) =>
        CallAsync(async ct =>
        {
            await call(ct);
            return true;
        }, cancellationToken);

    private static TimeSpan RetryAfter(ApiRequestException exception) =>
        exception.Parameters?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(seconds) : DefaultRetryAfter;
}
