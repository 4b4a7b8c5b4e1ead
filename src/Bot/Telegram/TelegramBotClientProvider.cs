using Bot.Http;
using Bot.Secrets;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Bot.Telegram;

/// <summary>
/// Owns the one <see cref="TelegramBotClient"/> of the process, created on first use when a token is configured.
/// </summary>
public sealed class TelegramBotClientProvider : IDisposable
{
    /// <summary>A long poll's answer holds up to 100 updates, each up to 4,096 characters plus entities.</summary>
    public const long GetUpdatesMaxBytes = 16 * HttpAnswerLimit.MiB;

    /// <summary>How long a long poll may take beyond the seconds it asks the server to hold it.</summary>
    public static readonly TimeSpan GetUpdatesGrace = TimeSpan.FromSeconds(15);

    private readonly TelegramOptions options;
    private readonly TimeProvider time;
    private readonly Lazy<(HttpClient Http, TelegramBotClient Bot)?> client;

    public TelegramBotClientProvider(IOptions<TelegramOptions> options, SecretRedactor? redactor = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.time = time ?? TimeProvider.System;
        this.options = options.Value;
        Redactor = (redactor ?? SecretRedactor.ShapesOnly).With(this.options.Token);
        client = new Lazy<(HttpClient, TelegramBotClient)?>(Create, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public SecretRedactor Redactor { get; }

    /// <summary>The client, or null when <c>Telegram:Token</c> is not set.</summary>
    public ITelegramBotClient? Client => client.Value?.Bot;

    public void Dispose()
    {
        if (client.IsValueCreated && client.Value is { } created)
        {
            created.Http.Dispose();
        }
    }

    private (HttpClient, TelegramBotClient)? Create()
    {
        if (!options.HasToken)
        {
            return null;
        }

        var clientOptions = new TelegramBotClientOptions(options.Token!, options.ApiBaseUrl)
        {
            // One owner of 429 retries: the delivery worker honours DeliveryResult.RetryAfter. Letting
            // Telegram.Bot sleep and resend as well would repeat the same send across two layers.
            RetryThreshold = 0,
        };

        // A plain HttpClient, not IHttpClientFactory: the factory's request logging prints the URL, and the Bot API
        // carries the token in the URL path. Every answer is bounded in size and time, start-up calls included.
        var sockets = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        HttpClient? http = null;
        http = new HttpClient(new BoundedHttpHandler(request => LimitFor(request, http!.Timeout), time, sockets));
        return (http, new TelegramBotClient(clientOptions, http));
    }

    /// <summary>Telegram.Bot asks for a long poll as long as the client's timeout; every other method is a short call.</summary>
    private static HttpAnswerLimit LimitFor(HttpRequestMessage request, TimeSpan longPoll) =>
        request.RequestUri?.AbsolutePath.EndsWith("/getUpdates", StringComparison.OrdinalIgnoreCase) == true
            ? new HttpAnswerLimit(GetUpdatesMaxBytes, longPoll + GetUpdatesGrace, ExpectJson: true)
            : HttpAnswerLimit.ApiCall;
}
