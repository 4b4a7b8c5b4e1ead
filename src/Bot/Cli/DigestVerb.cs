using System.CommandLine;
using Bot.Core.Channels;
using Bot.Core.Digests;
using Bot.Core.Posts;
using Bot.Core.Publishing;
using Bot.Core.Repository;
using Bot.Digests;
using Bot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Cli;

/// <summary>
/// <c>digest --channel NAME --preview</c> prints the channel's next digest as its platform would receive it;
/// <c>digest --channel NAME --now</c> closes the current period at once and queues its digest, which the running
/// service sends like any delivery (this verb never talks to a platform itself).
/// </summary>
public static class DigestVerb
{
    public static Command Create()
    {
        var channel = new Option<string>("--channel") { Description = "The digest channel, by name.", Required = true };
        var preview = new Option<bool>("--preview") { Description = "Print the next digest as it would be sent." };
        var now = new Option<bool>("--now") { Description = "Queue the digest now; the running service sends it." };
        var command = new Command("digest", "Preview a digest channel's next digest, or queue it now.") { channel, preview, now };
        command.SetAction((parse, ct) => VerbHost.RunAsync(
            parse.GetValue(BotCli.ConfigOption) ?? [],
            services => RunAsync(services, parse.GetValue(channel)!, parse.GetValue(preview), parse.GetValue(now), Console.Out, Console.Error, ct),
            ct));
        return command;
    }

    public static async Task<int> RunAsync(
        IServiceProvider services, string channelName, bool preview, bool now, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (preview == now)
        {
            await error.WriteLineAsync("error: give exactly one of --preview (show the next digest) or --now (queue it now).");
            return 1;
        }

        var configured = services.GetRequiredService<IChannelCatalog>().Current;
        if (configured.FirstOrDefault(c => c.Name == channelName) is not { } channel)
        {
            await error.WriteLineAsync($"error: --channel '{channelName}' is not a configured channel ({string.Join(", ", configured.Select(c => c.Name))}).");
            return 1;
        }

        if (channel.Mode != DeliveryMode.Digest)
        {
            await error.WriteLineAsync($"error: channel '{channelName}' has Mode {channel.Mode}; digests need Mode Digest and a Schedule.");
            return 1;
        }

        var store = services.GetRequiredService<SqliteDigestStore>();
        var clock = services.GetRequiredService<TimeProvider>().GetUtcNow();
        return preview
            ? await PreviewAsync(services, channel, store, clock, output, error, cancellationToken)
            : await QueueAsync(channel, services.GetRequiredService<IOutboxStore>(), clock, output, cancellationToken);
    }

    private static async Task<int> PreviewAsync(
        IServiceProvider services, ChannelOptions channel, SqliteDigestStore store, DateTimeOffset clock, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var waiting = store.LoadWaiting(channel.Name);
        var next = DigestSchedule.TryParse(channel.Schedule ?? "", channel.TimeZone, out var schedule, out _)
            ? schedule.Next(store.LoadLastDigests().GetValueOrDefault(channel.Name, clock))
            : null;
        var when = next is { } tick ? $"next tick {tick:yyyy-MM-dd HH:mm zzz} ({schedule})" : "no next tick";
        if (waiting.Count == 0)
        {
            await output.WriteLineAsync($"Channel '{channel.Name}': no posts wait for its next digest; nothing would be sent ({when}).");
            return 0;
        }

        PostScan scan;
        try
        {
            scan = services.GetRequiredService<IPostScanner>().Scan(cancellationToken);
        }
        catch (RepositoryUnavailableException ex)
        {
            await error.WriteLineAsync($"error: cannot read the repository: {ex.Message}");
            return 1;
        }

        var index = PostIndex.Build(scan.Posts, clock);
        var posts = waiting.Select(index.Find).OfType<Post>().Where(p => p.StatusAt(clock) == PostStatus.Published).ToList();
        if (posts.Count == 0)
        {
            await output.WriteLineAsync($"Channel '{channel.Name}': {waiting.Count} waiting posts, none still published; nothing would be sent ({when}).");
            return 0;
        }

        var options = services.GetRequiredService<IOptions<DigestOptions>>().Value;
        var digest = DigestComposer.Compose(posts, options.Language, options);
        await output.WriteLineAsync($"Channel '{channel.Name}' ({channel.Platform}): digest of {digest.EntryCount} posts, {when}.");
        await output.WriteLineAsync();
        await output.WriteAsync(DigestPreview.Render(digest, posts, channel));
        return 0;
    }

    private static async Task<int> QueueAsync(ChannelOptions channel, IOutboxStore outbox, DateTimeOffset clock, TextWriter output, CancellationToken cancellationToken)
    {
        if (await outbox.CloseDigestAsync(channel.Name, clock, cancellationToken) is not { } closed)
        {
            await output.WriteLineAsync($"Channel '{channel.Name}': no posts wait for a digest; nothing queued.");
            return 0;
        }

        await output.WriteLineAsync(
            $"Queued the digest of {closed.PostIds.Count} posts for channel '{channel.Name}' as delivery {closed.DeliveryId}; "
            + "the running service sends it (within Publishing:IdlePollInterval). If the service is not running, it is sent when it starts.");
        return 0;
    }
}
