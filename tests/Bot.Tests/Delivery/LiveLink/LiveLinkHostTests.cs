using System.Text.Json.Nodes;
using System.Threading.Channels;
using Bot.Core.Channels;
using Bot.Core.Publishing;
using Bot.Delivery;
using Bot.Hosting;
using Bot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Tests.Delivery.LiveLink;

/// <summary>The real host on a temp Hexo blog whose site URL is a local site: the gate is wired into every channel's loop.</summary>
public sealed class LiveLinkHostTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Host_NewPostOnARealSite_ItsLinkAskedOnceBeforeBothChannelsAnnounceIt()
    {
        await using var site = await FakeBlogSite.StartAsync();
        site.DefaultStatus = 200;
        var blog = new TestBlog(folder.Combine("blog"));
        blog.WritePost("old", TestBlog.FirstDate, "NLP");
        var settings = HostSettings.Write(folder.Combine("admin", "settings.json"), blog.Root, folder.Combine("data", "bot.db"), [("all", ["*"]), ("nlp", ["nlp"])]);
        var siteUrl = folder.Combine("admin", "site.json");
        File.WriteAllText(siteUrl, new JsonObject { ["Repository"] = new JsonObject { ["SiteUrl"] = site.Url } }.ToJsonString());
        var sender = new ScriptedSender(ChannelPlatform.Console);
        var attempts = Channel.CreateUnbounded<DeliveryAttempt>();
        var baseline = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var host = BotHost.Create([settings, siteUrl], services => services.AddSingleton<IChannelSender>(sender));
        host.Services.GetRequiredService<DeliveryWorker>().Attempted += a => attempts.Writer.TryWrite(a);
        host.Services.GetRequiredService<OutboxPlanner>().Processed += _ => baseline.TrySetResult();
        await host.StartAsync().WaitAsync(Timeout);
        try
        {
            await baseline.Task.WaitAsync(Timeout);
            blog.WritePost("fresh", TestBlog.FirstDate.AddDays(1), "NLP");
            var delivered = new[] { await attempts.Reader.ReadAsync().AsTask().WaitAsync(Timeout), await attempts.Reader.ReadAsync().AsTask().WaitAsync(Timeout) };

            Assert.Equal([("all", TestBlog.IdOf("fresh")), ("nlp", TestBlog.IdOf("fresh"))], delivered.Select(a => (a.Channel, a.PostId)).Order());
            var asked = Assert.Single(site.Requests);
            Assert.Equal("/2026/01/02/fresh/", asked.Path);
            Assert.All(sender.Requests, r => Assert.Equal(site.Link(asked.Path), r.Posts[0].Link));
        }
        finally
        {
            await host.StopAsync().WaitAsync(Timeout);
        }
    }

    public void Dispose() => folder.Dispose();
}
