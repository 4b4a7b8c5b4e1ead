using System.Globalization;
using Bot.Core.Channels;
using Bot.Core.Publishing;
using Microsoft.Extensions.Options;

namespace Bot.ConsoleChannel;

/// <summary>Prints announcements to a <see cref="TextWriter"/> (standard output in the service). Always confirms.</summary>
public sealed class ConsoleChannelSender : IChannelSender, IDisposable
{
    private readonly TextWriter output;
    private readonly IntervalGate gate;
    private readonly Lock writing = new();
    private long printed;

    public ConsoleChannelSender(TextWriter output, IOptions<ConsoleChannelOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.output = output;
        gate = new IntervalGate(options.Value.MinInterval, time);
    }

    public ChannelPlatform Platform => ChannelPlatform.Console;

    public Task<PreparedDelivery> PrepareAsync(DeliveryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = ConsoleAnnouncementFormatter.Format(request);
        return Task.FromResult(PreparedDelivery.OnePart(token => PrintAsync(text, token)));
    }

    private async Task<DeliveryResult> PrintAsync(string text, CancellationToken cancellationToken)
    {
        long number;
        using (await gate.EnterAsync(cancellationToken))
        {
            lock (writing)
            {
                output.Write(text);
                output.Flush();
                number = ++printed;
            }
        }

        return DeliveryResult.Sent($"console-{number.ToString(CultureInfo.InvariantCulture)}");
    }

    public void Dispose() => gate.Dispose();
}
