using Bot.Hosting;
using Bot.Secrets;
using Bot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Cli;

/// <summary>
/// Builds the service's container (without starting it) for a verb, turning bad settings into a message and exit code 2
/// and an unusable database into its message and exit code 1. Verbs never take the service's database lock.
/// </summary>
public static class VerbHost
{
    public static async Task<int> RunAsync(IReadOnlyList<string> configFiles, Func<IServiceProvider, Task<int>> verb, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(verb);
        try
        {
            using var host = BotHost.Create(configFiles);
            cancellationToken.ThrowIfCancellationRequested();
            return await verb(host.Services);
        }
        catch (Exception ex) when (ex is FileNotFoundException or InvalidDataException or FormatException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"error: {SecretRedactor.FromEnvironment().Redact(ex.Message)}");
            return 2;
        }
        catch (StorageUnavailableException ex)
        {
            await Console.Error.WriteLineAsync($"error: {SecretRedactor.FromEnvironment().Redact(ex.Message)}");
            return 1;
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync($"error: invalid configuration: {SecretRedactor.FromEnvironment().Redact(string.Join("; ", ex.Failures))}");
            return 2;
        }
    }
}
