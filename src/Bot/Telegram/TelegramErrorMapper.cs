using System.Net;
using Bot.Core.Publishing;
using Bot.Secrets;
using Telegram.Bot.Exceptions;

namespace Bot.Telegram;

/// <summary>Maps what Telegram.Bot threw onto the delivery pipeline's outcomes, in Telegram's own words.</summary>
public static class TelegramErrorMapper
{
    public static DeliveryResult Map(Exception exception, SecretRedactor redactor)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(redactor);
        return exception switch
        {
            ApiRequestException { ErrorCode: 429 } api => DeliveryResult.Transient(
                redactor.Redact(api.Message),
                api.Parameters?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(seconds) : null),
            ApiRequestException { ErrorCode: 401 } api => DeliveryResult.Permanent(
                $"invalid token: Telegram answered '{redactor.Redact(api.Message)}'"),
            ApiRequestException { ErrorCode: 400 or 403 or 404 } api => DeliveryResult.Permanent(redactor.Redact(api.Message)),
            ApiRequestException api => DeliveryResult.Transient(redactor.Redact(api.Message)),
            RequestException { HttpStatusCode: HttpStatusCode.Unauthorized } => DeliveryResult.Permanent("invalid token"),
            _ => DeliveryResult.Transient(redactor.Describe(exception)),
        };
    }

    /// <summary>The supergroup a group was upgraded to, when Telegram says the chat moved.</summary>
    public static long? MigratedTo(Exception exception) =>
        exception is ApiRequestException { Parameters.MigrateToChatId: { } chatId } ? chatId : null;

    public static bool IsNotModified(Exception exception) =>
        exception is ApiRequestException { ErrorCode: 400 } api
        && api.Message.Contains("message is not modified", StringComparison.OrdinalIgnoreCase);

    public static bool IsConflict(Exception exception) => exception is ApiRequestException { ErrorCode: 409 };
}
