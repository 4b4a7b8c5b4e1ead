using System.Threading.Channels;
using Bot.Discord.Rest;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Discord.Tests.Support;

/// <summary>A <see cref="DiscordRestClient"/> on a fake clock and a scripted handler, with the limiter's waits observable.</summary>
internal sealed class RestHarness : IDisposable
{
    public const string Token = "MTIz.secret-bot-token.XYZ";

    private readonly Channel<RateLimitWait> _waits = Channel.CreateUnbounded<RateLimitWait>();

    public RestHarness(int maxRetries = 3, string apiBaseUrl = "https://discord.test/api", string? token = Token)
    {
        Handler = new ScriptedHttpHandler(Time);
        Limiter = new DiscordRateLimiter(Time, wait => _waits.Writer.TryWrite(wait));
        Client = new DiscordRestClient(
            Handler,
            new DiscordRestOptions
            {
                Token = token,
                ApiBaseUrl = new Uri(apiBaseUrl),
                UserAgentUrl = "https://example.org/bot",
                UserAgentVersion = "2.1",
                MaxRateLimitRetries = maxRetries,
                TimeProvider = Time,
            },
            Limiter);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public DateTimeOffset Start => new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public ScriptedHttpHandler Handler { get; }

    public DiscordRateLimiter Limiter { get; }

    public DiscordRestClient Client { get; }

    public async Task<RateLimitWait> NextWaitAsync() =>
        await _waits.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

    public bool HasWaited => _waits.Reader.TryPeek(out _);

    public void Dispose()
    {
        Client.Dispose();
        Limiter.Dispose();
        Handler.Dispose();
    }
}
