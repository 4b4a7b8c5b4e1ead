using Bot.Core.Channels;
using Bot.Core.Publishing;
using Bot.Delivery;
using Bot.Telegram;
using Bot.Tests.Fakes.Telegram;
using Bot.Tests.Support;
using Bot.Tests.Telegram;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Delivery;

/// <summary>
/// The fake Bot API and real Telegram senders for worker tests. The throttle (one message per second per chat, a 429's
/// retry_after) runs on the worker's fake clock; <see cref="DriveAsync"/> moves the clock on whenever it waits.
/// </summary>
internal sealed class TelegramParts : IAsyncDisposable
{
    private TimerSignalingTimeProvider? throttleClock;
    private Task<TimeSpan>? nextTimer;
    private TelegramBotClientProvider? clients;

    private TelegramParts(FakeBotApi fake, TelegramOptions options, FakeTimeProvider time)
    {
        Fake = fake;
        Options = options;
        Time = time;
    }

    public FakeBotApi Fake { get; }

    public TelegramOptions Options { get; }

    /// <summary>The worker's clock, which the fake's own rate limit reads too.</summary>
    public FakeTimeProvider Time { get; }

    public static ChannelOptions Channel() =>
        DigestResumeHarness.DigestChannel(new ChannelOptions { Name = "tg", Platform = ChannelPlatform.Telegram, ChatId = "1234" });

    public static async Task<TelegramParts> StartAsync(FakeTimeProvider time)
    {
        var fake = await FakeBotApi.StartAsync(TelegramTestClients.Token, time);
        return new TelegramParts(fake, TelegramTestClients.Options(fake.BaseUrl), time);
    }

    /// <summary>A fresh client, throttle and sender, as after a restart.</summary>
    public TelegramChannelSender NewSender()
    {
        clients?.Dispose();
        clients = TelegramTestClients.Provider(Options);
        throttleClock = new TimerSignalingTimeProvider(Time);
        nextTimer = null;
        return new TelegramChannelSender(
            clients, new TelegramSendThrottle(throttleClock), Microsoft.Extensions.Options.Options.Create(Options),
            NullLogger<TelegramChannelSender>.Instance);
    }

    public async Task<DeliveryAttempt> DriveAsync(Task<DeliveryAttempt> attempt)
    {
        await DriveUntilAsync(attempt);
        return await attempt;
    }

    /// <summary>Moves the clock on by each throttle wait until <paramref name="until"/> completes.</summary>
    public async Task DriveUntilAsync(Task until)
    {
        while (true)
        {
            nextTimer ??= throttleClock!.NextTimerAsync(TimeSpan.FromMinutes(5));
            var done = await Task.WhenAny(until, nextTimer).WaitAsync(TimeSpan.FromSeconds(10));
            if (done == until)
            {
                await until;
                return;
            }

            var due = await nextTimer;
            nextTimer = null;
            if (due > TimeSpan.Zero && due != Timeout.InfiniteTimeSpan)
            {
                Time.Advance(due);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        clients?.Dispose();
        await Fake.DisposeAsync();
    }
}
