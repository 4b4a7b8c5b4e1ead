using Bot.Core.Channels;
using Bot.Core.Posts;
using Bot.Digests;
using Bot.Storage;
using Bot.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Digests;

/// <summary>
/// The planner, the worker and the digest scheduler over one real SQLite file, a scripted sender and a fake clock.
/// Posts accumulate: each <see cref="PublishAsync"/> adds posts dated a minute ago to the index and scans it.
/// </summary>
public sealed class DigestHarness : IAsyncDisposable
{
    private readonly List<Post> posts = [];

    public DigestHarness(params ChannelOptions[] channels)
    {
        Sender = new ScriptedSender(ChannelPlatform.Console);
        Catalog = new TestChannelCatalog(channels);
        Delivery = new DeliveryHarness(Catalog, null, Sender);
        Store = new SqliteDigestStore(Delivery.Database.Database);
        Scheduler = new DigestScheduler(Catalog, Store, Delivery.Database.Store, Delivery.Signal, Delivery.Time, NullLogger<DigestScheduler>.Instance);
    }

    public ScriptedSender Sender { get; }

    public TestChannelCatalog Catalog { get; }

    public DeliveryHarness Delivery { get; }

    public SqliteDigestStore Store { get; }

    public DigestScheduler Scheduler { get; }

    public FakeTimeProvider Time => Delivery.Time;

    public IReadOnlyList<OutboxRow> Rows => Delivery.Rows;

    public static ChannelOptions DigestChannel(string name, string schedule = "0 9 * * *", string zone = "Asia/Shanghai", int? threshold = null) =>
        new() { Name = name, Platform = ChannelPlatform.Console, Mode = DeliveryMode.Digest, Schedule = schedule, TimeZone = zone, DigestThreshold = threshold };

    /// <summary>The first-run baseline with one archived post, then the scheduler's first pass that starts its channels.</summary>
    public async Task BaselineAsync()
    {
        await PublishAsync("archive");
        await Scheduler.RunDueAsync(CancellationToken.None);
    }

    public Task<int> PublishAsync(params string[] ids)
    {
        posts.AddRange(ids.Select(id => TestPosts.Make(id, Time.GetUtcNow().AddMinutes(-1))));
        return Delivery.ScanAsync([.. posts]);
    }

    public async ValueTask DisposeAsync()
    {
        Scheduler.Dispose();
        await Delivery.DisposeAsync();
    }
}
