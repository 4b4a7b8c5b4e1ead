using System.CommandLine;
using Bot.Core.Channels;
using Bot.Core.Posts;
using Bot.Preview;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Cli;

/// <summary><c>preview POST_ID [--platform telegram|discord|console]</c>: prints the exact message that would be sent.</summary>
public static class PreviewVerb
{
    public static Command Create()
    {
        var postId = new Argument<string>("POST_ID") { Description = "The post's id." };
        var platform = new Option<ChannelPlatform>("--platform")
        {
            Description = "Which platform's message to show.",
            DefaultValueFactory = _ => ChannelPlatform.Console,
        };
        var command = new Command("preview", "Print the message a platform would receive for a post.") { postId, platform };
        command.SetAction((parse, ct) => VerbHost.RunAsync(
            parse.GetValue(BotCli.ConfigOption) ?? [],
            services => RunAsync(services, parse.GetValue(postId)!, parse.GetValue(platform), Console.Out, Console.Error, ct),
            ct));
        return command;
    }

    public static async Task<int> RunAsync(IServiceProvider services, string postId, ChannelPlatform platform, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var previewer = services.GetServices<IMessagePreviewer>().LastOrDefault(p => p.Platform == platform);
        if (previewer is null)
        {
            await error.WriteLineAsync($"error: preview for {platform} is not available in this build (no {platform} message previewer is registered).");
            return 1;
        }

        var post = PostLookup.Find(services, postId, error, cancellationToken);
        if (post is null)
        {
            return 1;
        }

        await output.WriteAsync(previewer.Preview(post, ChannelFor(services, post, platform)));
        return 0;
    }

    /// <summary>The first configured channel of the platform that wants the post, else any of it, else a nameless one.</summary>
    private static ChannelOptions ChannelFor(IServiceProvider services, Post post, ChannelPlatform platform)
    {
        var ofPlatform = services.GetRequiredService<IChannelCatalog>().Current.Where(c => c.Platform == platform).ToList();
        return ofPlatform.FirstOrDefault(c => ChannelRouter.Wants(c, post))
            ?? ofPlatform.FirstOrDefault()
            ?? new ChannelOptions { Name = "preview", Platform = platform };
    }
}
