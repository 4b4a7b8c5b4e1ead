using System.Collections.Concurrent;
using Bot.Core.Channels;
using Bot.Core.Publishing;

namespace Bot.Channels;

/// <summary>
/// Channel targets moved by their platform, kept in the outbox database (<c>channels.target_override</c>) and read once
/// into memory; without a store (tests, one-off sends) they live in memory only.
/// </summary>
public sealed class ChannelTargetStore(IOutboxStore? store = null) : IChannelTargetStore
{
    private readonly ConcurrentDictionary<string, string> targets = new(StringComparer.Ordinal);
    private readonly Lock loading = new();
    private Task? loaded;

    public async Task<string?> FindAsync(string channel, CancellationToken cancellationToken)
    {
        await LoadedAsync();
        return targets.GetValueOrDefault(channel);
    }

    public async Task SaveAsync(string channel, string target, CancellationToken cancellationToken)
    {
        await LoadedAsync();
        if (store is not null)
        {
            await store.SaveTargetOverrideAsync(channel, target, cancellationToken);
        }

        targets[channel] = target;
    }

    /// <summary>A failed read is tried again on the next call rather than remembered.</summary>
    private Task LoadedAsync()
    {
        lock (loading)
        {
            if (loaded is null || loaded.IsFaulted || loaded.IsCanceled)
            {
                loaded = LoadAsync();
            }

            return loaded;
        }
    }

    private async Task LoadAsync()
    {
        if (store is null)
        {
            return;
        }

        foreach (var (name, target) in await store.LoadTargetOverridesAsync(CancellationToken.None))
        {
            targets.TryAdd(name, target);
        }
    }
}
