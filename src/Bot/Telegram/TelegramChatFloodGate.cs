namespace Bot.Telegram;

/// <summary>
/// Per-chat token bucket for incoming commands (default 5 per 10 s). The first command over the limit gets one
/// "slow down" answer, the rest are ignored until the bucket refills; other chats are not affected.
/// </summary>
public sealed class TelegramChatFloodGate(TimeProvider timeProvider, int capacity = 5, TimeSpan? period = null)
{
    /// <summary>Past this many tracked chats, idle ones are forgotten.</summary>
    private const int MaxTrackedChats = 10_000;

    private readonly TimeSpan refillPeriod = period ?? TimeSpan.FromSeconds(10);
    private readonly Lock gate = new();
    private readonly Dictionary<long, TelegramFloodBucket> buckets = [];

    public FloodDecision Check(long chatId)
    {
        lock (gate)
        {
            var now = timeProvider.GetUtcNow();
            if (!buckets.TryGetValue(chatId, out var bucket))
            {
                Prune(now);
                bucket = new TelegramFloodBucket { Tokens = capacity, Updated = now };
                buckets[chatId] = bucket;
            }

            var refill = (now - bucket.Updated).TotalSeconds / refillPeriod.TotalSeconds * capacity;
            bucket.Tokens = Math.Min(capacity, bucket.Tokens + refill);
            bucket.Updated = now;
            if (bucket.Tokens >= 1)
            {
                bucket.Tokens -= 1;
                bucket.Warned = false;
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
