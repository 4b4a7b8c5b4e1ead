using System.Globalization;

namespace Bot.Delivery.LiveLink;

/// <summary>
/// Asks a post's link with <c>GET</c> as a browser would reach it: redirects followed, a User-Agent that names the bot,
/// at most the first KiB of the body read and one timeout for the whole request. Never throws for the network: a
/// refused connection or a silent server is an answer too.
/// </summary>
public sealed class LiveLinkProbe : IDisposable
{
    public const int MaxBodyBytes = 1024;

    public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(10);

    private readonly HttpClient client;
    private readonly TimeSpan requestTimeout;

    public LiveLinkProbe()
        : this(DefaultRequestTimeout)
    {
    }

    public LiveLinkProbe(TimeSpan requestTimeout)
    {
        this.requestTimeout = requestTimeout;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 10,
            ConnectTimeout = requestTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxResponseHeadersLength = 64,
        };
        client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan, MaxResponseContentBufferSize = MaxBodyBytes };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html, */*;q=0.8");
    }

    /// <summary><c>Bot/&lt;version&gt; (+link check)</c>, so a site's logs tell the bot's checks from visitors.</summary>
    public static string UserAgent { get; } =
        $"Bot/{typeof(LiveLinkProbe).Assembly.GetName().Version?.ToString(3) ?? "0.0.0"} (+link check)";

    /// <remarks>The timeout is wall-clock time on purpose: it bounds a real network exchange, not a scheduled wait.</remarks>
    public async Task<LinkAnswer> AskAsync(Uri link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(requestTimeout);
        try
        {
            using var response = await client.GetAsync(link, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            await ReadFirstKibAsync(response, timeout.Token);
            return LinkAnswer.Status((int)response.StatusCode);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return LinkAnswer.None(string.Create(CultureInfo.InvariantCulture, $"no answer within {requestTimeout.TotalSeconds:0.#} s"));
        }
        catch (HttpRequestException ex)
        {
            return LinkAnswer.None(OneLine(ex.InnerException?.Message ?? ex.Message));
        }
    }

    public void Dispose() => client.Dispose();

    /// <summary>Reads what a browser's first packet would see, no more; a body cut short changes nothing about the status.</summary>
    private static async Task ReadFirstKibAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            var buffer = new byte[MaxBodyBytes];
            var read = 0;
            while (read < buffer.Length && await body.ReadAsync(buffer.AsMemory(read), cancellationToken) is var n and > 0)
            {
                read += n;
            }
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            // the status line already answered the question
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
