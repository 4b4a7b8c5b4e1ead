using System.Collections.Concurrent;
using Bot.Core.Channels;
using Bot.Core.Publishing;

namespace Bot.Benchmarks;

/// <summary>A console-platform fake that confirms at once and completes a waiter per post id.</summary>
public sealed class RecordingConsoleSender : IChannelSender
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> waiters = new(StringComparer.Ordinal);

    public ChannelPlatform Platform => ChannelPlatform.Console;

    public Task DeliveredAsync(string postId) =>
        waiters.GetOrAdd(postId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public Task<PreparedDelivery> PrepareAsync(DeliveryRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(PreparedDelivery.OnePart(_ => Send(request)));

    private Task<DeliveryResult> Send(DeliveryRequest request)
    {
        foreach (var post in request.Posts)
        {
            waiters.GetOrAdd(post.Id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        }

        return Task.FromResult(DeliveryResult.Sent($"bench-{request.DeliveryId}"));
    }
}
