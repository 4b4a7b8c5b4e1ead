using Bot.Hosting;
using Bot.Secrets;
using Bot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Cli;

/// <summary>
/// The default action: run the bot as a long-lived service until SIGTERM or Ctrl+C. Before starting it validates the
/// settings (exit code 2, one line per problem) and claims the database (exit code 3 when it is unusable or another
/// service holds it); exit code 3 as well when the database is deleted or replaced while running.
/// </summary>
public static class RunServiceVerb
{
    public const int ExitInvalidSettings = 2;
    public const int ExitStorage = 3;

    public static async Task<int> RunAsync(IReadOnlyList<string> configFiles, CancellationToken cancellationToken)
    {
        IHost host;
        try
        {
            host = BotHost.Create(configFiles);
        }
        catch (Exception ex) when (ex is FileNotFoundException or InvalidDataException or FormatException)
        {
            await Console.Error.WriteLineAsync($"error: {SecretRedactor.FromEnvironment().Redact(ex.Message)}");
            return ExitInvalidSettings;
        }

        using (host)
        {
            if (!await StartupSettings.ValidateAsync(host.Services, Console.Error, cancellationToken))
            {
                return ExitInvalidSettings;
            }

            var guard = host.Services.GetRequiredService<StorageGuard>();
            try
            {
                guard.Claim();
            }
            catch (StorageUnavailableException ex)
            {
                await Console.Error.WriteLineAsync($"error: {SecretRedactor.FromEnvironment().Redact(ex.Message)}");
                return ExitStorage;
            }

            await host.RunAsync(cancellationToken);
            if (guard.Failure is { } failure)
            {
                await Console.Error.WriteLineAsync($"error: {failure.Message}");
                return ExitStorage;
            }

            return 0;
        }
    }
}
