using System.CommandLine;
using Bot.Core.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Cli;

/// <summary>
/// <c>release [--drop]</c>: decides the deliveries <c>Publishing:FloodGuard</c> held. Without <c>--drop</c> they become
/// pending and the running service sends them; with it they are recorded as skipped and never sent.
/// </summary>
public static class ReleaseVerb
{
    public static Command Create()
    {
        var drop = new Option<bool>("--drop") { Description = "Record the held deliveries as skipped: they are never sent." };
        var command = new Command("release", "Send (or with --drop skip) the deliveries held by Publishing:FloodGuard.") { drop };
        command.SetAction((parse, ct) => VerbHost.RunAsync(
            parse.GetValue(BotCli.ConfigOption) ?? [], services => RunAsync(services, parse.GetValue(drop), Console.Out, ct), ct));
        return command;
    }

    public static async Task<int> RunAsync(IServiceProvider services, bool drop, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var decided = await services.GetRequiredService<IOutboxStore>().ReleaseHeldAsync(drop, now, cancellationToken);
        await output.WriteLineAsync(
            decided == 0 ? "No held deliveries."
            : drop ? $"Dropped {decided} held deliveries: recorded as skipped, never sent."
            : $"Released {decided} held deliveries; the running service sends them (a stopped one when it starts).");
        return 0;
    }
}
