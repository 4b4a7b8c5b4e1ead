using Bot.Core.Channels;
using Bot.Core.Posts;
using Bot.Core.Publishing;
using Bot.Hosting;
using Bot.Secrets;
using Bot.Telegram;
using Bot.Tests.Fakes.Telegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Telegram;

public sealed class TelegramSecurityTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private static readonly string Secret = TelegramTestClients.Token[(TelegramTestClients.Token.IndexOf(':', StringComparison.Ordinal) + 1)..];

    private static IHost BuildHost(Dictionary<string, string?> settings, CapturedLogs logs, TimeProvider time)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddProvider(logs.Provider());
        builder.Logging.AddFilter("System.Net.Http", LogLevel.Trace);
        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton(new PostIndexHolder());
        builder.Services.AddHttpClient();
        builder.Services.AddTelegram(builder.Configuration);
        return builder.Build();
    }

    [Fact]
    public async Task FailingRun_AllLogOutput_NeverContainsTheToken()
    {
        var logs = new CapturedLogs();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var fake = await FakeBotApi.StartAsync(TelegramTestClients.Token);
        fake.EnforceRateLimits = false;
        fake.FailNext("getMe", 1, FakeTelegramError.ServerError);
        fake.FailNext("sendMessage", 2, FakeTelegramError.ServerError);
        fake.KickBot(-1007);
        using var host = BuildHost(new() { ["Telegram:Token"] = TelegramTestClients.Token, ["Telegram:ApiBaseUrl"] = fake.BaseUrl }, logs, time);
        await host.StartAsync().WaitAsync(Wait);

        await logs.WaitForAsync("start-up call getMe failed", Wait);
        time.Advance(TelegramCommandListener.StartupRetryDelay);
        await fake.WaitForAsync(f => f.LongPollsStarted == 1, Wait);
        fake.EnqueueMessage(5, "/latest");
        await logs.WaitForAsync("Telegram command from chat 5 failed", Wait);
        // The apology waits its turn in the chat like any reply; its timer may be armed only after the failure was
        // logged, so the clock moves one chat window at a time until the attempt is logged.
        for (var step = 0; ; step++)
        {
            Assert.True(step < 20, "the apology was never attempted");
            time.Advance(TelegramSendThrottle.ChatWindow);
            try
            {
                await logs.WaitForAsync("Telegram reply could not be sent", TimeSpan.FromMilliseconds(500));
                break;
            }
            catch (OperationCanceledException)
            {
                // not yet: move the clock on
            }
        }
        var sender = host.Services.GetServices<IChannelSender>().Single(s => s.Platform == ChannelPlatform.Telegram);
        var channel = new ChannelOptions { Name = "kicked", Platform = ChannelPlatform.Telegram, ChatId = "-1007" };
        var result = await sender.SendAsync(new DeliveryRequest(1, "k", channel, DeliveryKind.Announcement, [TelegramTestPosts.Make()]), CancellationToken.None).WaitAsync(Wait);
        await host.StopAsync().WaitAsync(Wait);

        Assert.Equal(DeliveryOutcome.Permanent, result.Outcome);
        var all = logs.AllText();
        Assert.Contains("Bad Gateway", all, StringComparison.Ordinal);
        // The refusal is logged by the delivery worker (not part of this host) from the result's words.
        Assert.Contains("bot was kicked", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(TelegramTestClients.Token, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(TelegramTestClients.Token, all, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogCapture_FactoryHttpClientOnTokenUrl_WouldShowTheToken()
    {
        // Control for the test above: the capture does see System.Net.Http's request lines, which quote the URL.
        var logs = new CapturedLogs();
        await using var fake = await FakeBotApi.StartAsync(TelegramTestClients.Token);
        using var host = BuildHost([], logs, TimeProvider.System);
        using var http = host.Services.GetRequiredService<IHttpClientFactory>().CreateClient();

        using var response = await http.GetAsync(new Uri($"{fake.BaseUrl}/bot{TelegramTestClients.Token}/getMe")).WaitAsync(Wait);

        Assert.True(response.IsSuccessStatusCode);
        Assert.Contains(TelegramTestClients.Token, logs.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_ExceptionQuotingTokenUrl_IsRedacted()
    {
        var redactor = new SecretRedactor([TelegramTestClients.Token]);
        var wrapped = new InvalidOperationException($"GET http://127.0.0.1/bot{TelegramTestClients.Token}/getMe failed", new HttpRequestException("inner " + Secret));

        var text = redactor.Describe(wrapped);

        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        Assert.Contains(SecretRedactor.Mask, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sampleToken")]
    [InlineData("abc:SECRETSECRETSECRET")]
    [InlineData("12345678901234567:SECRETSECRET")]
    [InlineData("123456:")]
    public async Task Start_MalformedToken_FailsNamingKeyWithoutTheToken(string token)
    {
        using var host = BuildHost(new() { ["Telegram:Token"] = token, ["Telegram:Commands"] = "false" }, new CapturedLogs(), TimeProvider.System);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync().WaitAsync(Wait));

        Assert.Contains("Telegram:Token", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null, false)]
    [InlineData(TelegramTestClients.Token, null, true)]
    [InlineData(TelegramTestClients.Token, "false", false)]
    public void AddTelegram_TokenAndCommandsSetting_RegistersListenerOnlyWhenBothOn(string? token, string? commands, bool listener)
    {
        using var host = BuildHost(new() { ["Telegram:Token"] = token, ["Telegram:Commands"] = commands }, new CapturedLogs(), TimeProvider.System);

        Assert.Equal(listener, host.Services.GetServices<IHostedService>().OfType<TelegramCommandListener>().Any());
        Assert.Single(host.Services.GetServices<IChannelSender>(), s => s.Platform == ChannelPlatform.Telegram);
    }
}
