using System.Threading.Channels;
using Bot.Core.Channels;
using Bot.Core.Publishing;
using Bot.Delivery;
using Bot.Hosting;
using Bot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Tests.Delivery;

/// <summary>The real host on a temp Hexo blog and a temp database, with a recording console sender.</summary>
public sealed class BotHostDeliveryTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly TempFolder folder = new();
    private readonly TestBlog blog;
    private readonly string settings;

    public BotHostDeliveryTests()
    {
        blog = new TestBlog(folder.Combine("blog"));
        blog.WritePost("old", TestBlog.FirstDate, "NLP");
        settings = HostSettings.Write(folder.Combine("admin", "settings.json"), blog.Root, folder.Combine("data", "bot.db"),
            [("all", ["*"]), ("nlp", ["nlp"]), ("python", ["Python"])]);
    }

    [Fact]
    public async Task Host_PostFileWritten_DeliveredOncePerMatchingChannelAndNotAgainAfterRestart()
    {
        var first = new ScriptedSender(ChannelPlatform.Console);
        await using (var running = await StartAsync(first))
        {
            blog.WritePost("fresh", TestBlog.FirstDate.AddDays(1), "深度学习", "NLP");
            var delivered = await running.AttemptsAsync(2);

            Assert.Equal([("all", TestBlog.IdOf("fresh")), ("nlp", TestBlog.IdOf("fresh"))], delivered.Select(a => (a.Channel, a.PostId)).Order());
            Assert.All(delivered, a => Assert.Equal(DeliveryOutcome.Sent, a.Outcome));
        }

        var second = new ScriptedSender(ChannelPlatform.Console);
        await using (var restarted = await StartAsync(second))
        {
            blog.WritePost("python", TestBlog.FirstDate.AddDays(2), "Python");
            var delivered = await restarted.AttemptsAsync(2);

            Assert.Equal([("all", TestBlog.IdOf("python")), ("python", TestBlog.IdOf("python"))], delivered.Select(a => (a.Channel, a.PostId)).Order());
            Assert.Equal([TestBlog.IdOf("python"), TestBlog.IdOf("python")], second.Requests.Select(r => r.Posts[0].Id));
        }

        Assert.Equal([TestBlog.IdOf("fresh"), TestBlog.IdOf("fresh")], first.Requests.Select(r => r.Posts[0].Id));
        var rows = OutboxRows.Read(folder.Combine("data", "bot.db"));
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.Equal("sent", r.Status));
    }

    public void Dispose() => folder.Dispose();

    private async Task<RunningHost> StartAsync(ScriptedSender sender)
    {
        var host = BotHost.Create([settings], services => services.AddSingleton<IChannelSender>(sender));
        var running = new RunningHost(host);
        await host.StartAsync().WaitAsync(Timeout);
        await running.Baseline.Task.WaitAsync(Timeout);
        return running;
    }

    /// <summary>A started host and what its planner and worker report.</summary>
    private sealed class RunningHost : IAsyncDisposable
    {
        private readonly IHost host;
        private readonly Channel<DeliveryAttempt> attempts = Channel.CreateUnbounded<DeliveryAttempt>();

        public RunningHost(IHost host)
        {
            this.host = host;
            host.Services.GetRequiredService<DeliveryWorker>().Attempted += a => attempts.Writer.TryWrite(a);
            host.Services.GetRequiredService<OutboxPlanner>().Processed += _ => Baseline.TrySetResult();
        }

        /// <summary>Completed when the first scan was compared with the store: from then on, a new file is a new post.</summary>
        public TaskCompletionSource Baseline { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<List<DeliveryAttempt>> AttemptsAsync(int count)
        {
            var list = new List<DeliveryAttempt>();
            while (list.Count < count)
            {
                list.Add(await attempts.Reader.ReadAsync().AsTask().WaitAsync(Timeout));
            }

            return list;
        }

        public async ValueTask DisposeAsync()
        {
            await host.StopAsync().WaitAsync(Timeout);
            host.Dispose();
        }
    }
}
