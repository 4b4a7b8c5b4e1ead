using System.Text.Json.Nodes;
using System.Threading.Channels;
using Bot.Core.Channels;
using Bot.Core.Publishing;
using Bot.Delivery;
using Bot.Hosting;
using Bot.Tests.Fakes;
using Bot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Tests.Delivery;

/// <summary>The real host with two channels, the Telegram one pointing at a server that answers badly.</summary>
[Collection(Http.MemoryMeasuringCollection.Name)]
public sealed class BoundedAnswerHostTests : IDisposable
{
    private const string Token = "123456789:AAE-host_SECRET-token-do-not-log";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly TempFolder folder = new();
    private readonly TestBlog blog;

    public BoundedAnswerHostTests()
    {
        blog = new TestBlog(folder.Combine("blog"));
        blog.WritePost("old", TestBlog.FirstDate, "NLP");
    }

    [Theory]
    [InlineData(BadAnswer.Oversized, "answer larger than 1 MiB")]
    [InlineData(BadAnswer.CutOff, "connection closed after 11 of 1,000 bytes")]
    [InlineData(BadAnswer.HtmlBadGateway, "HTTP 502 with an HTML page")]
    public async Task Host_TelegramServerAnswersBadly_OtherChannelDeliversAndFailureIsOneLine(BadAnswer answer, string expected)
    {
        await using var server = await BadHttpServer.StartAsync(answer);
        var settings = WriteSettings(server.BaseUrl);
        var console = new ScriptedSender(ChannelPlatform.Console);
        var attempts = Channel.CreateUnbounded<DeliveryAttempt>();
        var baseline = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var host = BotHost.Create([settings], services => services.AddSingleton<IChannelSender>(console));
        host.Services.GetRequiredService<DeliveryWorker>().Attempted += a => attempts.Writer.TryWrite(a);
        host.Services.GetRequiredService<OutboxPlanner>().Processed += _ => baseline.TrySetResult();
        await host.StartAsync().WaitAsync(Timeout);
        try
        {
            await baseline.Task.WaitAsync(Timeout);
            blog.WritePost("fresh", TestBlog.FirstDate.AddDays(1), "NLP");
            var seen = new List<DeliveryAttempt>();
            while (!(seen.Any(a => a.Channel == "console") && seen.Any(a => a.Channel == "tg")))
            {
                seen.Add(await attempts.Reader.ReadAsync().AsTask().WaitAsync(Timeout));
            }

            var delivered = seen.First(a => a.Channel == "console");
            var refused = seen.First(a => a.Channel == "tg");
            Assert.Equal(DeliveryOutcome.Sent, delivered.Outcome);
            Assert.NotEqual(DeliveryOutcome.Sent, refused.Outcome);
            Assert.Contains(expected, refused.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("--->", refused.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("SECRET", refused.Error, StringComparison.Ordinal);
        }
        finally
        {
            await host.StopAsync().WaitAsync(Timeout);
        }
    }

    public void Dispose() => folder.Dispose();

    private string WriteSettings(string telegramApi)
    {
        var path = HostSettings.Write(folder.Combine("admin", "settings.json"), blog.Root, folder.Combine("data", "bot.db"), [("console", ["*"])]);
        var settings = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        settings["Telegram"] = new JsonObject { ["Token"] = Token, ["ApiBaseUrl"] = telegramApi, ["Commands"] = false };
        settings["Channels"]!.AsArray().Add(new JsonObject
        {
            ["Name"] = "tg",
            ["Platform"] = "Telegram",
            ["ChatId"] = "-1001234567890",
            ["Categories"] = new JsonArray("*"),
        });
        File.WriteAllText(path, settings.ToJsonString());
        return path;
    }
}
