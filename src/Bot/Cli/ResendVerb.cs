using System.CommandLine;
using Bot.Core.Channels;
using Bot.Core.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Cli;

/// <summary><c>resend POST_ID [--channel NAME]</c>: queues new deliveries of a post; the running service sends them.</summary>
public static class ResendVerb
{
    public static Command Create()
    {
        var postId = new Argument<string>("POST_ID") { Description = "The post's id, as `status` and the logs show it." };
        var channel = new Option<string?>("--channel") { Description = "Only this channel (by name); default every channel that wants the post." };
        var command = new Command("resend", "Queue the post's announcement again.") { postId, channel };
        command.SetAction((parse, ct) => VerbHost.RunAsync(
            parse.GetValue(BotCli.ConfigOption) ?? [],
            services => RunAsync(services, parse.GetValue(postId)!, parse.GetValue(channel), Console.Out, Console.Error, ct),
            ct));
        return command;
    }

    public static async Task<int> RunAsync(IServiceProvider services, string postId, string? channelName, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var post = PostLookup.Find(services, postId, error, cancellationToken);
        if (post is null)
        {
            return 1;
        }

        var configured = services.GetRequiredService<IChannelCatalog>().Current;
        IReadOnlyList<string> targets;
        if (channelName is not null)
        {
            if (!configured.Any(c => c.Name == channelName))
            {
                await error.WriteLineAsync($"error: --channel '{channelName}' is not a configured channel ({string.Join(", ", configured.Select(c => c.Name))}).");
                return 1;
            }

            targets = [channelName];
        }
        else
        {
            targets = [.. ChannelRouter.ChannelsFor(post, configured).Select(c => c.Name)];
        }

        if (targets.Count == 0)
        {
            await error.WriteLineAsync($"error: no enabled channel wants post '{postId}'; name one with --channel.");
            return 1;
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var written = await services.GetRequiredService<IOutboxStore>().EnqueueAsync(post.Id, targets, DeliveryKind.Announcement, now, cancellationToken);
        await output.WriteLineAsync($"Queued {written} deliveries of '{post.Title}' to {string.Join(", ", targets)}; the running service sends them.");
        return 0;
    }
}
