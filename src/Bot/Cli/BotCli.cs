using System.CommandLine;

namespace Bot.Cli;

/// <summary>The command line: no verb runs the service; verbs inspect and operate it.</summary>
public static class BotCli
{
    /// <summary>Extra settings files, layered after config/appsettings*.json and before environment variables.</summary>
    public static Option<string[]> ConfigOption { get; } = new("--config")
    {
        Description = "An extra settings file (JSON); may be given several times, later files win.",
        Recursive = true,
        AllowMultipleArgumentsPerToken = false,
    };

    public static RootCommand Create()
    {
        var root = new RootCommand("Bot: announces a blog's new posts in Telegram and Discord channels.")
        {
            ConfigOption,
        };
        root.Subcommands.Add(StatusVerb.Create());
        root.Subcommands.Add(ResendVerb.Create());
        root.Subcommands.Add(ReleaseVerb.Create());
        root.Subcommands.Add(PreviewVerb.Create());
        root.Subcommands.Add(PostsVerb.Create());
        root.Subcommands.Add(DigestVerb.Create());
        root.Subcommands.Add(CheckVerb.Create());
        root.Subcommands.Add(DbVerb.Create());
        root.SetAction((parse, ct) => RunServiceVerb.RunAsync(parse.GetValue(ConfigOption) ?? [], ct));
        return root;
    }
}
