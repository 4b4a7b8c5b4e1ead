using Bot.Channels;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Bot.Checks;

/// <summary>
/// Runs the same validation the service runs at start-up (every options class registered with
/// <c>ValidateOnStart</c>, the channel list included) and lists the configured channels.
/// </summary>
public sealed class SettingsCheck(IAsyncStartupValidator validator, IConfiguration configuration) : ICheck
{
    public string Subject => "Settings";

    public async Task<IReadOnlyList<CheckLine>> RunAsync(CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        try
        {
            await validator.ValidateAsync(cancellationToken);
        }
        catch (OptionsValidationException ex)
        {
            failures.AddRange(ex.Failures);
        }
        catch (InvalidOperationException ex)
        {
            // A value that does not convert (Repository:Layout "Bogus") fails binding before any validator runs.
            failures.Add(ex.Message);
        }
        catch (AggregateException ex)
        {
            failures.AddRange(ex.InnerExceptions.OfType<OptionsValidationException>().SelectMany(e => e.Failures));
            failures.AddRange(ex.InnerExceptions.Where(e => e is not OptionsValidationException).Select(e => e.Message));
        }

        return failures.Count > 0
            ? [.. failures.Distinct(StringComparer.Ordinal).Select(f => CheckLine.Fail(Subject, f))]
            : [Describe(ChannelListReader.Read(configuration))];
    }

    private CheckLine Describe(ChannelList channels)
    {
        var enabled = channels.Channels.Where(c => c.Enabled).ToList();
        if (enabled.Count == 0)
        {
            return CheckLine.Warn(Subject, "valid, but no channel is enabled: nothing will be announced. Add one under Channels.");
        }

        var names = string.Join(", ", enabled.Select(c => $"{c.Name} ({c.Platform})"));
        return CheckLine.Pass(Subject, enabled.Count == 1 ? $"valid; 1 channel: {names}" : $"valid; {enabled.Count} channels: {names}");
    }
}
