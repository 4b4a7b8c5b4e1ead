using Bot.Core.Channels;
using Bot.Core.Posts;
using Bot.Core.Publishing;
using Bot.Core.Timing;
using Bot.Delivery;
using Bot.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static Bot.Tests.TestSupport.TestChannelCatalog;
using static Bot.Tests.TestSupport.TestPosts;

namespace Bot.Tests.Delivery;

/// <summary>
/// A settings value that stops binding while the loop runs (<c>RetryBaseDelay: "banana"</c> read in its own error
/// path) does not end the loop: it keeps the last good value and goes on delivering.
/// </summary>
public sealed class DeliveryLoopResilienceTests : IDisposable
{
    private readonly TestDatabase database = new(TimeProvider.System);

    [Fact]
    public async Task Worker_PublishingSettingsStopBindingWhileRunning_KeepsDeliveringWithLastGoodValues()
    {
        var holder = new PostIndexHolder();
        var signal = new WakeSignal();
        var catalog = new TestChannelCatalog(Channel("all"));
        var monitor = new BreakableOptionsMonitor(new PublishingOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(10), RetryJitter = 0 });
        var planner = new OutboxPlanner(
            holder, catalog, database.Store, signal, TimeProvider.System, new FixedOptionsMonitor<PublishingOptions>(new PublishingOptions()), NullLogger<OutboxPlanner>.Instance);
        var sender = new ScriptedSender(ChannelPlatform.Console);
        var worker = new DeliveryWorker(database.Store, signal, holder, catalog, [sender], TimeProvider.System, monitor, NullLogger<DeliveryWorker>.Instance);
        var now = DateTimeOffset.UtcNow;
        holder.Replace(PostIndex.Build([Make("a", now.AddDays(-1))], now));
        await planner.ProcessAsync(CancellationToken.None);
        await worker.StartAsync(CancellationToken.None);

        holder.Replace(PostIndex.Build([Make("a", now.AddDays(-1)), Make("b", now.AddMinutes(-1))], now));
        await planner.ProcessAsync(CancellationToken.None);
        await sender.NextArrivalAsync();
        monitor.Broken = true;
        holder.Replace(PostIndex.Build([Make("a", now.AddDays(-1)), Make("b", now.AddMinutes(-1)), Make("c", now)], now));
        await planner.ProcessAsync(CancellationToken.None);
        var arrived = await sender.NextArrivalAsync();
        await worker.StopAsync(CancellationToken.None);

        Assert.Equal("c", arrived.Posts[0].Id);
        Assert.True(monitor.Throws > 0);
    }

    public void Dispose() => database.Dispose();

    /// <summary>Like the options monitor after a reload to a value that does not convert: every read throws.</summary>
    private sealed class BreakableOptionsMonitor(PublishingOptions good) : IOptionsMonitor<PublishingOptions>
    {
        public volatile bool Broken;
        private int throws;

        public int Throws => throws;

        public PublishingOptions CurrentValue => Broken ? Throw() : good;

        public PublishingOptions Get(string? name) => CurrentValue;

        public IDisposable? OnChange(Action<PublishingOptions, string?> listener) => null;

        private PublishingOptions Throw()
        {
            Interlocked.Increment(ref throws);
            throw new InvalidOperationException("Failed to convert configuration value at 'Publishing:RetryBaseDelay' to type 'System.TimeSpan'.");
        }
    }
}
