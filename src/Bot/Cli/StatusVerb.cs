using System.CommandLine;
using System.Globalization;
using Bot.Channels;
using Bot.Core.Channels;
using Bot.Core.Publishing;
using Bot.Core.Repository;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Cli;

/// <summary><c>status</c>: per channel sent, pending, held, failed, last error and last success; the repository's last scan and pull.</summary>
public static class StatusVerb
{
    public static Command Create()
    {
        var command = new Command("status", "Show delivery counts per channel and the repository's health.");
        command.SetAction((parse, ct) => VerbHost.RunAsync(
            parse.GetValue(BotCli.ConfigOption) ?? [], services => RunAsync(services, Console.Out, ct), ct));
        return command;
    }

    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var store = services.GetRequiredService<IOutboxStore>();
        var statuses = (await store.LoadChannelStatusAsync(cancellationToken)).ToDictionary(s => s.Channel, StringComparer.Ordinal);
        // Read from the settings when there are any, so that channels still show when their token is not in this
        // shell's environment (the service's catalog refuses such a list).
        var configuration = services.GetService<IConfiguration>();
        var configured = configuration is null
            ? services.GetRequiredService<IChannelCatalog>().Current
            : ChannelListReader.Read(configuration, requireTokens: false).Channels;
        var tokens = configuration is null ? new PlatformTokens(true, true) : PlatformTokens.From(configuration);
        await output.WriteLineAsync("Channels");
        foreach (var channel in configured)
        {
            var status = statuses.GetValueOrDefault(channel.Name) ?? new ChannelDeliveryStatus(channel.Name, 0, 0, 0, null, null, null);
            var state = channel.Enabled ? channel.Platform.ToString() : $"{channel.Platform}, disabled";
            if (tokens.MissingFor(channel) is { } variable)
            {
                state += $", token missing: {variable} is not set here";
            }

            await WriteChannelAsync(output, status, state);
            statuses.Remove(channel.Name);
        }

        foreach (var status in statuses.Values)
        {
            await WriteChannelAsync(output, status, "no longer configured");
        }

        await LiveLinkStatusSection.WriteAsync(services.GetService<Bot.Storage.LinkCheckStore>(), output);
        var health = await services.GetRequiredService<IRepositoryHealthStore>().LoadAsync(cancellationToken);
        await output.WriteLineAsync("Repository");
        if (health is null)
        {
            await output.WriteLineAsync("  no scan recorded yet");
            return 0;
        }

        await output.WriteLineAsync($"  last scan:  {Moment(health.LastScan)} ({health.PostCount} posts, {health.WarningCount} warnings)");
        await output.WriteLineAsync($"  last pull:  {Moment(health.LastPull)}");
        await output.WriteLineAsync($"  last error: {health.LastError ?? "none"}");
        return 0;
    }

    private static async Task WriteChannelAsync(TextWriter output, ChannelDeliveryStatus status, string state)
    {
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"  {status.Channel} ({state}): sent {status.Sent}, pending {status.Pending}, {Held(status.Held)}failed {status.Failed}, last success {Moment(status.LastSuccess)}"));
        if (status.LastError is { } error)
        {
            await output.WriteLineAsync($"    last error: {error}");
        }

        if (status.TargetOverride is { } target)
        {
            await output.WriteLineAsync($"    moved by the platform to: {target}");
        }
    }

    private static string Held(int held) =>
        held == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"held {held} (run 'Bot release' or 'Bot release --drop'), ");

    private static string Moment(DateTimeOffset? moment) =>
        moment?.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) ?? "never";
}
