using Bot.Core.Commands;
using Bot.Core.Posts;
using Bot.Http;
using Bot.Telegram;
using Bot.Tests.Fakes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Telegram.Bot;

namespace Bot.Tests.Telegram;

/// <summary>The real Telegram.Bot client through <see cref="TelegramBotClientProvider"/> against a server that answers badly.</summary>
[Collection(Http.MemoryMeasuringCollection.Name)]
public sealed class TelegramBoundedAnswerTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData(BadAnswer.Oversized, "answer larger than 1 MiB")]
    [InlineData(BadAnswer.CutOff, "connection closed after 11 of 1,000 bytes")]
    [InlineData(BadAnswer.HtmlBadGateway, "HTTP 502 with an HTML page")]
    [InlineData(BadAnswer.NotJson, "the answer is not JSON (9 bytes)")]
    public async Task GetMe_BadAnswer_FailsWithOneLineWithoutToken(BadAnswer answer, string expected)
    {
        await using var server = await BadHttpServer.StartAsync(answer);
        using var clients = TelegramTestClients.Provider(TelegramTestClients.Options(server.BaseUrl));

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => clients.Client!.GetMe().WaitAsync(Wait));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal(expected, clients.Redactor.Describe(failure));
        Assert.True(allocated < 8 * HttpAnswerLimit.MiB, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public async Task Startup_TricklingGetMe_LogsOneLineAndRetries()
    {
        await using var server = await BadHttpServer.StartAsync(BadAnswer.Trickle);
        var second = server.NextTrickle();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
        var options = TelegramTestClients.Options(server.BaseUrl);
        using var clients = new TelegramBotClientProvider(Microsoft.Extensions.Options.Options.Create(options), time: time);
        var logs = new CapturedLogs();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs.Provider()));
        using var listener = new TelegramCommandListener(
            clients, new PostIndexHolder(), new CommandHandler(time), Microsoft.Extensions.Options.Options.Create(options), new TelegramSendThrottle(time), time,
            factory.CreateLogger<TelegramCommandListener>());

        await listener.StartAsync(CancellationToken.None);
        await server.FirstTrickle.WaitAsync(Wait);
        time.Advance(HttpAnswerLimit.ApiCall.Timeout);
        await logs.WaitForAsync("start-up call getMe failed: no answer within 30 s", Wait);
        time.Advance(TelegramCommandListener.StartupRetryDelay);
        await second.WaitAsync(Wait);
        await listener.StopAsync(CancellationToken.None);

        Assert.Equal(2, server.Requests);
        Assert.DoesNotContain(TelegramTestClients.Token, logs.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain("--->", logs.AllText(), StringComparison.Ordinal);
    }
}
