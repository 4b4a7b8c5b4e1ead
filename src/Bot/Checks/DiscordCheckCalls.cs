using System.Net;
using Bot.Discord;

namespace Bot.Checks;

/// <summary>One Discord REST call with a time limit, its failure turned into a plain sentence instead of an exception.</summary>
public static class DiscordCheckCalls
{
    public static async Task<(T? Result, string? Problem)> AskAsync<T>(
        Func<CancellationToken, Task<T>> call, string unauthorized, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return (await call(cancellationToken), null);
        }
        catch (DiscordApiException ex) when (ex.StatusCode == HttpStatusCode.Unauthorized)
        {
            return (null, unauthorized);
        }
        catch (DiscordApiException ex)
        {
            return (null, ex.Message);
        }
        catch (InvalidOperationException ex)
        {
            return (null, ex.Message);
        }
    }
}
