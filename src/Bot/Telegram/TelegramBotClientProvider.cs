using Bot.Secrets;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Bot.Telegram;

/// <summary>
/// Owns the one <see cref="TelegramBotClient"/> of the process, created on first use when a token is configured.
/// </summary>
public sealed class TelegramBotClientProvider : IDisposable
{
    private readonly TelegramOptions options;
    private readonly Lazy<(HttpClient Http, TelegramBotClient Bot)?> client;

    public TelegramBotClientProvider(IOptions<TelegramOptions> options, SecretRedactor? redactor = null)
    {
        ArgumentNullException.ThrowIfNull(options);
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
        // carries the token in the URL path.
        var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        return (http, new TelegramBotClient(clientOptions, http));
    }
}
