using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Bot.Discord.Models;
using Bot.Discord.Rest;
using Bot.Discord.Serialization;

namespace Bot.Discord;

/// <summary>
/// Discord REST API v10 over <see cref="HttpClient"/>: every request goes through <see cref="RateLimiter"/>; failures
/// become <see cref="DiscordApiException"/>s that say whether trying again can help.
/// </summary>
/// <remarks>https://discord.com/developers/docs/reference</remarks>
public sealed partial class DiscordRestClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly bool _ownsLimiter;
    private readonly DiscordRestOptions _options;
    private readonly string _baseUrl;

    public DiscordRestClient(HttpClient httpClient, DiscordRestOptions options, DiscordRateLimiter? rateLimiter = null)
    {
        _http = httpClient;
        _options = options;
        _baseUrl = options.VersionedBase.AbsoluteUri;
        _ownsLimiter = rateLimiter is null;
        RateLimiter = rateLimiter ?? new DiscordRateLimiter(options.TimeProvider);
    }

    public DiscordRestClient(HttpMessageHandler handler, DiscordRestOptions options, DiscordRateLimiter? rateLimiter = null)
        : this(new HttpClient(handler, disposeHandler: false), options, rateLimiter) => _ownsHttp = true;

    public DiscordRateLimiter RateLimiter { get; }

    private async Task<T?> SendAsync<T>(
        DiscordRoute route, byte[]? body, JsonTypeInfo<T>? responseType, CancellationToken cancellationToken, DateTimeOffset? notAfter = null)
        where T : class
    {
        if (RateLimiter.IsWebhookDead(route))
        {
            throw DiscordErrors.DeadWebhook(route);
        }

        if (route.NeedsBotToken && string.IsNullOrEmpty(_options.Token))
        {
            throw new InvalidOperationException($"Discord {route.Display} needs a bot token, and none is configured (Discord:Token).");
        }

        HttpResponseMessage response;
        try
        {
            response = await RateLimiter.SendAsync(
                route, ct => _http.SendAsync(BuildRequest(route, body), ct), _options.MaxRateLimitRetries,
                notAfter ?? _options.TimeProvider.GetUtcNow() + _options.MaxRateLimitWait, cancellationToken);
        }
        catch (RateLimitDeferral deferral)
        {
            throw DiscordErrors.Deferred(route, deferral, _options.TimeProvider.GetUtcNow());
        }
        catch (HttpRequestException e)
        {
            throw DiscordErrors.Unreachable(route, e, _options.Token);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw DiscordErrors.Unreachable(route, e, _options.Token);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw await DiscordErrors.FromResponseAsync(response, route, _options.Token, cancellationToken);
            }

            if (responseType is null || response.StatusCode == HttpStatusCode.NoContent)
            {
                return null;
            }

            try
            {
                await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
                return await JsonSerializer.DeserializeAsync(stream, responseType, cancellationToken)
                    ?? throw DiscordErrors.Unreadable(route, null);
            }
            catch (JsonException e)
            {
                throw DiscordErrors.Unreadable(route, e);
            }
        }
    }

    private async Task<T> SendForAsync<T>(DiscordRoute route, byte[]? body, JsonTypeInfo<T> responseType, CancellationToken cancellationToken)
        where T : class =>
        await SendAsync(route, body, responseType, cancellationToken) ?? throw DiscordErrors.Unreadable(route, null);

    private HttpRequestMessage BuildRequest(DiscordRoute route, byte[]? body)
    {
        var request = new HttpRequestMessage(route.Method, new Uri(_baseUrl + route.Path));
        request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        if (route.NeedsBotToken)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bot " + _options.Token);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new("application/json");
        }

        return request;
    }

    private static byte[] Serialize<T>(T value, JsonTypeInfo<T> type) => JsonSerializer.SerializeToUtf8Bytes(value, type);

    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }

        if (_ownsLimiter)
        {
            RateLimiter.Dispose();
        }
    }
}
