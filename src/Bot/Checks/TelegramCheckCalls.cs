using Bot.Secrets;
using Bot.Telegram;
using Telegram.Bot.Exceptions;

namespace Bot.Checks;

/// <summary>One Bot API call with a time limit, its failure turned into a plain, redacted sentence instead of an exception.</summary>
public sealed class TelegramCheckCalls(SecretRedactor redactor, string apiBaseUrl, TimeProvider time, TimeSpan timeout)
{
    public async Task<(T? Result, string? Problem)> AskAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(call);
        using var limit = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
        try
        {
            return (await call(linked.Token), null);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 401)
        {
            return (null, "the token was rejected (401 Unauthorized); check Telegram:Token with @BotFather");
        }
        catch (ApiRequestException ex)
        {
            return (null, redactor.Redact($"{ex.ErrorCode} {ex.Message}"));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, $"no answer from {apiBaseUrl} within {timeout.TotalSeconds:0} seconds");
        }
        catch (Exception ex) when (ex is RequestException or HttpRequestException)
        {
            return (null, $"cannot reach {apiBaseUrl}: {redactor.Describe(ex)}");
        }
    }
}
