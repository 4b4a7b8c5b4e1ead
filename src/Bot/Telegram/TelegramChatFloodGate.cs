namespace Bot.Telegram;

/// <summary>
/// Token bucket per user in a chat for incoming commands (default 5 per 10 s). The first command over the limit gets
/// one "slow down" answer, the rest are ignored; the warning is given again only after the user was quiet long enough
/// for the bucket to fill up. Keyed by chat and user, so in a group one flooding member does not silence the others.
/// </summary>
public sealed class TelegramChatFloodGate(TimeProvider timeProvider, int capacity = 5, TimeSpan? period = null)
{
    /// <summary>Past this many tracked users, idle ones are forgotten.</summary>
    private const int MaxTrackedChats = 10_000;

    private readonly TimeSpan refillPeriod = period ?? TimeSpan.FromSeconds(10);
    private readonly Lock gate = new();
    private readonly Dictionary<(long Chat, long User), TelegramFloodBucket> buckets = [];

    /// <param name="userId">The sender; 0 for channel posts, which have none.</param>
    public FloodDecision Check(long chatId, long userId)
    {
        var key = (chatId, userId);
        lock (gate)
        {
            var now = timeProvider.GetUtcNow();
            if (!buckets.TryGetValue(key, out var bucket))
            {
                Prune(now);
                bucket = new TelegramFloodBucket { Tokens = capacity, Updated = now };
                buckets[key] = bucket;
            }

            var refill = (now - bucket.Updated).TotalSeconds / refillPeriod.TotalSeconds * capacity;
            bucket.Tokens = Math.Min(capacity, bucket.Tokens + refill);
            bucket.Updated = now;
            if (bucket.Tokens >= capacity)
            {
                bucket.Warned = false; // quiet long enough: a new flood gets a new warning
            }

            if (bucket.Tokens >= 1)
            {
                bucket.Tokens -= 1;
                return FloodDecision.Allow;
            }

            if (bucket.Warned)
            {
                return FloodDecision.Ignore;
            }

            bucket.Warned = true;
            return FloodDecision.SlowDown;
        }
    }

    private void Prune(DateTimeOffset now)
    {
        if (buckets.Count < MaxTrackedChats)
        {
            return;
        }

        foreach (var idle in buckets.Where(kv => now - kv.Value.Updated > refillPeriod).Select(kv => kv.Key).ToList())
        {
            buckets.Remove(idle);
        }
    }
}
