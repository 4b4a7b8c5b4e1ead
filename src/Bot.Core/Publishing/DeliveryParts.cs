using System.Globalization;

namespace Bot.Core.Publishing;

/// <summary>
/// The one multi-part protocol every platform shares: skips the parts confirmed in earlier attempts, sends the rest one
/// at a time under the send timeout, records progress between parts, and on a failure or cancellation mid-delivery
/// keeps the confirmed parts ("stopped after N of M") so a retry resumes after them.
/// </summary>
public static class DeliveryParts
{
    /// <summary>Sends with the default per-part timeout and no progress recording (one-off sends and tests).</summary>
    public static Task<DeliveryResult> SendAsync(this IChannelSender sender, DeliveryRequest request, CancellationToken cancellationToken) =>
        sender.SendAsync(request, PublishingOptions.DefaultSendTimeout, TimeProvider.System, null, cancellationToken);

    /// <param name="sender">The platform's sender.</param>
    /// <param name="request">The delivery, with the parts confirmed so far.</param>
    /// <param name="partTimeout">How long one part may take before it counts as a transient failure.</param>
    /// <param name="time">The clock of the timeout.</param>
    /// <param name="progress">Called after each confirmed part that more parts follow, with the ids confirmed in this attempt.</param>
    /// <param name="cancellationToken">Stops the delivery; an attempt that confirmed parts still returns them.</param>
    public static async Task<DeliveryResult> SendAsync(
        this IChannelSender sender,
        DeliveryRequest request,
        TimeSpan partTimeout,
        TimeProvider time,
        Func<IReadOnlyList<string>, Task>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(request);
        var prepared = await sender.PrepareAsync(request, cancellationToken);
        if (prepared.Refusal is { } refusal)
        {
            return refusal;
        }

        var parts = prepared.Parts;
        if (parts.Count == 0)
        {
            return DeliveryResult.Permanent("nothing to send: the delivery has no posts");
        }

        var ids = new List<string>();
        var toSend = Math.Max(0, parts.Count - request.PartsAlreadySent);
        for (var i = request.PartsAlreadySent; i < parts.Count; i++)
        {
            DeliveryResult result;
            try
            {
                result = await SendPartAsync(parts[i], partTimeout, time, cancellationToken);
            }
            catch (OperationCanceledException) when (ids.Count > 0)
            {
                return DeliveryResult.Transient($"stopped after {ids.Count} of {toSend} messages").WithProgress(ids);
            }

            if (result.Outcome != DeliveryOutcome.Sent)
            {
                return result.WithProgress(ids);
            }

            ids.Add(result.MessageId ?? "");
            if (i < parts.Count - 1 && progress is not null)
            {
                await progress(ids);
            }
        }

        return DeliveryResult.Sent(string.Join(',', ids));
    }

    private static async Task<DeliveryResult> SendPartAsync(DeliveryPart part, TimeSpan partTimeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(partTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await part(linked.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return DeliveryResult.Transient($"no answer within {partTimeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return DeliveryResult.Transient($"{ex.GetType().Name}: {ex.Message}");
        }
    }
}
