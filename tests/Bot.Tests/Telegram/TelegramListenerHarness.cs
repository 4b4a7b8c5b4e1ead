using Bot.Core.Commands;
using Bot.Core.Posts;
using Bot.Telegram;
using Bot.Tests.Fakes.Telegram;
using Bot.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Telegram;

/// <summary>A real <see cref="TelegramCommandListener"/> polling a fake Bot API, with its logs captured.</summary>
internal sealed class TelegramListenerHarness : IAsyncDisposable
{
    private readonly ILoggerFactory logs;
    private readonly TelegramBotClientProvider clients;

    private TelegramListenerHarness(FakeBotApi fake, PostIndex index, Action<TelegramOptions>? configure)
    {
        Fake = fake;
        Time = new FakeTimeProvider(index.BuiltAt);
        Posts.Replace(index);
        Options = TelegramTestClients.Options(fake.BaseUrl, configure);
        clients = TelegramTestClients.Provider(Options);
        logs = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs.Provider()));
        Listener = new TelegramCommandListener(
            clients, Posts, new CommandHandler(Time), Microsoft.Extensions.Options.Options.Create(Options),
            new TelegramSendThrottle(SendClock), Time, logs.CreateLogger<TelegramCommandListener>());
    }

    public static TimeSpan Wait { get; } = TimeSpan.FromSeconds(10);

    public FakeBotApi Fake { get; }

    public FakeTimeProvider Time { get; }

    /// <summary>The pacing's clock: replies wait their turn in order, without the test moving time for them.</summary>
    public TimerAdvancingTimeProvider SendClock { get; } = new(DateTimeOffset.UnixEpoch);

    public PostIndexHolder Posts { get; } = new();

    public TelegramOptions Options { get; }

    public CapturedLogs Logs { get; } = new();

    public TelegramCommandListener Listener { get; }

    public static async Task<TelegramListenerHarness> StartAsync(PostIndex index, Action<TelegramOptions>? configure = null)
    {
        var fake = await FakeBotApi.StartAsync(TelegramTestClients.Token);
        fake.EnforceRateLimits = false;
        var harness = new TelegramListenerHarness(fake, index, configure);
        await harness.Listener.StartAsync(CancellationToken.None);
        return harness;
    }

    /// <summary>Sends a command as a user and waits for the bot's reply to that chat.</summary>
    public async Task<FakeSentMessage> AskAsync(long chatId, string text, string? languageCode = "en", int? threadId = null)
    {
        var before = Fake.Read(f => f.Sent.Count(m => m.ChatId == chatId));
        Fake.EnqueueMessage(chatId, text, languageCode, threadId);
        await Fake.WaitForAsync(f => f.Sent.Count(m => m.ChatId == chatId) > before, Wait);
        return Fake.Read(f => f.Sent.Last(m => m.ChatId == chatId));
    }

    /// <summary>Presses a button on a message and waits for the callback query's answer.</summary>
    public async Task<FakeCallbackAnswer> PressAsync(long chatId, int messageId, string data, string? languageCode = "en")
    {
        Fake.EnqueueCallbackQuery(chatId, messageId, data, out var queryId, languageCode);
        await Fake.WaitForAsync(f => f.CallbackAnswers.Any(a => a.CallbackQueryId == queryId), Wait);
        return Fake.Read(f => f.CallbackAnswers.Single(a => a.CallbackQueryId == queryId));
    }

    public async ValueTask DisposeAsync()
    {
        await Listener.StopAsync(CancellationToken.None);
        Listener.Dispose();
        clients.Dispose();
        logs.Dispose();
        await Fake.DisposeAsync();
        await SendClock.DisposeAsync();
    }
}
