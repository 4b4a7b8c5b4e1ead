using System.CommandLine;
using System.Text;
using Bot.Checks;
using Bot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Cli;

/// <summary>
/// <c>check</c>: validates the settings, the repository and every channel without sending anything visible; one line
/// per check, then a verdict. Exit code 0 when nothing failed, 1 when a check failed, 2 when the settings files
/// cannot be read at all.
/// </summary>
public static class CheckVerb
{
    public const int ExitUnreadableSettings = 2;

    public static Command Create()
    {
        var command = new Command("check", "Check the settings, the repository and every channel without posting anything.");
        command.SetAction((parse, ct) =>
        {
            Console.OutputEncoding = Encoding.UTF8;
            return RunAsync(parse.GetValue(BotCli.ConfigOption) ?? [], parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, ct);
        });
        return command;
    }

    public static async Task<int> RunAsync(IReadOnlyList<string> configFiles, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        IHost host;
        try
        {
            host = BotHost.Create(configFiles, services => services.AddChecks());
        }
        catch (Exception ex) when (ex is FileNotFoundException or InvalidDataException or FormatException or InvalidOperationException or OptionsValidationException)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
            return ExitUnreadableSettings;
        }

        using (host)
        {
            var lines = await host.Services.GetRequiredService<CheckRunner>().RunAsync(cancellationToken);
            return await CheckReportPrinter.PrintAsync(lines, output);
        }
    }
}
