using System.Text.Json.Nodes;
using Bot.Core.Channels;
using Bot.Core.Publishing;
using Bot.Delivery;
using Bot.Hosting;
using Bot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Digests;

/// <summary>The real host, a temp Hexo blog and database, one instant and one digest channel ticking every second.</summary>
public sealed class BotHostDigestTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Host_NewPost_InstantChannelAnnouncesAndDigestChannelGetsOneDigest()
    {
        var blog = new TestBlog(folder.Combine("blog"));
        blog.WritePost("old", TestBlog.FirstDate, "NLP");
        var settings = HostSettings.Write(folder.Combine("settings.json"), blog.Root, folder.Combine("data", "bot.db"), [("instant", ["*"]), ("digest", ["*"])]);
        var json = JsonNode.Parse(File.ReadAllText(settings))!;
        json["Channels"]![1]!["Mode"] = "Digest";
        json["Channels"]![1]!["Schedule"] = "* * * * * *";
        json["Channels"]![1]!["TimeZone"] = "Asia/Shanghai";
        File.WriteAllText(settings, json.ToJsonString());
        var sender = new ScriptedSender(ChannelPlatform.Console);
        using var host = BotHost.Create([settings], services => services.AddSingleton<IChannelSender>(sender));
        var baseline = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Services.GetRequiredService<OutboxPlanner>().Processed += _ => baseline.TrySetResult();
        await host.StartAsync().WaitAsync(Timeout);
        await baseline.Task.WaitAsync(Timeout);

        blog.WritePost("fresh", TestBlog.FirstDate.AddDays(1), "深度学习");
        var first = await sender.NextArrivalAsync().WaitAsync(Timeout);
        var second = await sender.NextArrivalAsync().WaitAsync(Timeout);
        await host.StopAsync().WaitAsync(Timeout);

        var byChannel = new[] { first, second }.ToDictionary(r => r.Channel.Name);
        Assert.Equal(DeliveryKind.Announcement, byChannel["instant"].Kind);
        Assert.Equal(DeliveryKind.Digest, byChannel["digest"].Kind);
        Assert.Equal(TestBlog.IdOf("fresh"), Assert.Single(byChannel["digest"].Posts).Id);
        Assert.Equal("Latest updates", byChannel["digest"].Digest!.Heading);
        Assert.Equal(2, sender.Requests.Count);
    }

    public void Dispose() => folder.Dispose();
}
