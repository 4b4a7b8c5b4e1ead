using System.Globalization;
using System.Net.Http;
using System.Net.Sockets;
using System.Text.Json;

namespace Bot.Http;

/// <summary>
/// One line for a transport failure, whatever layers wrapped it: the <see cref="HttpAnswerException"/> inside, or
/// what the socket said, instead of "RequestException: ... ---> HttpRequestException: ... ---> SocketException".
/// </summary>
public static class HttpFailure
{
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var chain = Chain(exception).ToList();
        if (chain.OfType<HttpAnswerException>().FirstOrDefault() is { } answer)
        {
            return answer.Message;
        }

        if (chain.OfType<HttpRequestException>().FirstOrDefault(e => e.HttpRequestError != HttpRequestError.Unknown) is { } request)
        {
            var socket = chain.OfType<SocketException>().FirstOrDefault();
            return request.HttpRequestError switch
            {
                HttpRequestError.NameResolutionError => "the host name could not be resolved",
                HttpRequestError.ConnectionError => "could not connect" + (socket is null ? "" : $" ({OneLine(socket.Message)})"),
                HttpRequestError.SecureConnectionError => "the TLS handshake failed",
                HttpRequestError.ResponseEnded => "connection closed before the answer was complete",
                HttpRequestError.InvalidResponse => "the answer is not valid HTTP",
                _ => Innermost(chain),
            };
        }

        if (chain.OfType<JsonException>().Any())
        {
            return "the answer is not the JSON that was expected";
        }

        if (chain.OfType<TimeoutException>().Any() || chain.OfType<TaskCanceledException>().Any())
        {
            return "no answer in time";
        }

        return Innermost(chain);
    }

    /// <summary>1 MiB, 64 KiB or 1,000 bytes.</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= HttpAnswerLimit.MiB when bytes % HttpAnswerLimit.MiB == 0 => $"{bytes / HttpAnswerLimit.MiB} MiB",
        >= 1024 when bytes % 1024 == 0 => $"{bytes / 1024} KiB",
        _ => Count(bytes) + " bytes",
    };

    public static string Count(long number) => number.ToString("N0", CultureInfo.InvariantCulture);

    public static string Seconds(TimeSpan span) =>
        span.TotalSeconds.ToString(span.TotalSeconds >= 1 ? "0.#" : "0.###", CultureInfo.InvariantCulture) + " s";

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }

    private static string Innermost(List<Exception> chain) => $"{chain[^1].GetType().Name}: {OneLine(chain[^1].Message)}";

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
