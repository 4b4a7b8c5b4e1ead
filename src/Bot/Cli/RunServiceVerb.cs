using Bot.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Cli;

/// <summary>The default action: run the bot as a long-lived service until SIGTERM or Ctrl+C.</summary>
public static class RunServiceVerb
{
    public static async Task<int> RunAsync(IReadOnlyList<string> configFiles, CancellationToken cancellationToken)
    {
        IHost host;
        try
        {
            host = BotHost.Create(configFiles);
        }
        catch (Exception ex) when (ex is FileNotFoundException or InvalidDataException or FormatException)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return 2;
        }

        using (host)
        {
            try
            {
                await host.RunAsync(cancellationToken);
                return 0;
            }
            catch (OptionsValidationException ex)
            {
                await Console.Error.WriteLineAsync($"error: invalid configuration: {string.Join("; ", ex.Failures)}");
                return 2;
            }
        }
    }
}
