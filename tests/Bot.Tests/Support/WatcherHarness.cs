using System.Threading.Channels;
using Bot.Core.Posts;
using Bot.Core.Repository;
using Bot.Repository;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Support;

/// <summary>
/// A <see cref="RepositoryWatcher"/> on a real temp folder, with fake time, a counting scanner, an in-memory health
/// store and collected logs. Every published index and every observed file event can be awaited.
/// </summary>
public sealed class WatcherHarness : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly Channel<PostIndex> indexes = Channel.CreateUnbounded<PostIndex>();
    private readonly Channel<string> fileEvents = Channel.CreateUnbounded<string>();

    public WatcherHarness(
        RepositoryOptions? options = null,
        string postFolder = "posts",
        Func<RepositoryLocation, TimeProvider, IPostScanner>? scanner = null,
        TimeSpan? settleTime = null)
    {
        Options = options ?? new RepositoryOptions();
        Options.Path = Repository.Path;

        // Files on disk carry the real clock's write times, far from the fake clock: only the settling tests settle.
        Options.SettleTime = settleTime ?? TimeSpan.Zero;
        var storage = System.IO.Path.Combine(Data.Path, "bot.db");
        Location = new RepositoryLocation(Options.Path, Options.Remote, storage);
        Scanner = new CountingPostScanner(scanner?.Invoke(Location, Time) ?? new FolderPostScanner(Location.RootPath, postFolder));
        Holder.Replaced += index => indexes.Writer.TryWrite(index);
        var sync = new GitRepositorySync(Location, Microsoft.Extensions.Options.Options.Create(Options), new GitCommandRunner("git", Time), new FakeLogger<GitRepositorySync>(Logs));
        Watcher = new RepositoryWatcher(
            Scanner, Holder, Location, Microsoft.Extensions.Options.Options.Create(Options), sync, Time,
            new FakeLogger<RepositoryWatcher>(Logs), [Health]);
        Watcher.FileEventObserved += path => fileEvents.Writer.TryWrite(path);
    }

    public TempFolder Repository { get; } = new();

    public TempFolder Data { get; } = new();

    public RepositoryOptions Options { get; }

    public RepositoryLocation Location { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 11, 12, 0, 0, TimeSpan.Zero));

    public PostIndexHolder Holder { get; } = new();

    public CountingPostScanner Scanner { get; }

    public InMemoryRepositoryHealthStore Health { get; } = new();

    public FakeLogCollector Logs { get; } = new();

    public RepositoryWatcher Watcher { get; }

    /// <summary>Starts the watcher and returns the index of its first scan.</summary>
    public async Task<PostIndex> StartAsync()
    {
        await Watcher.StartAsync(CancellationToken.None);
        return await NextIndexAsync();
    }

    public async Task<PostIndex> NextIndexAsync() => await indexes.Reader.ReadAsync().AsTask().WaitAsync(Timeout);

    /// <summary>Waits until the watcher has recorded a file event for <paramref name="path"/>.</summary>
    public Task FileEventAsync(string path) => FileEventAsync(seen => seen == path);

    /// <summary>Waits until the watcher has recorded a file event whose path matches.</summary>
    public async Task FileEventAsync(Func<string, bool> match)
    {
        using var stop = new CancellationTokenSource(Timeout);
        while (!match(await fileEvents.Reader.ReadAsync(stop.Token)))
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Watcher.StopAsync(CancellationToken.None).WaitAsync(Timeout);
        Watcher.Dispose();
        Repository.Dispose();
        Data.Dispose();
    }
}
