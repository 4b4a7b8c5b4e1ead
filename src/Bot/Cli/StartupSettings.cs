using Bot.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Cli;

/// <summary>
/// Validates every setting before the service starts and prints one line per problem naming the key and the bad
/// value; the exception's stack trace follows only when <c>Logging:LogLevel:Default</c> is Debug or Trace.
/// </summary>
public static class StartupSettings
{
    /// <summary>True when the settings are valid; otherwise the problems were written to <paramref name="error"/>.</summary>
    public static async Task<bool> ValidateAsync(IServiceProvider services, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        var configuration = services.GetRequiredService<IConfiguration>();
        var problems = SettingProblems.Find(configuration).ToList();
        Exception? failure = null;
        if (problems.Count == 0 && services.GetService<IAsyncStartupValidator>() is { } validator)
        {
            try
            {
                await validator.ValidateAsync(cancellationToken);
            }
            catch (OptionsValidationException ex)
            {
                (failure, problems) = (ex, [.. ex.Failures]);
            }
            catch (AggregateException ex)
            {
                failure = ex;
                problems = [.. ex.InnerExceptions.SelectMany(e => e is OptionsValidationException o ? o.Failures : [e.Message])];
            }
            catch (InvalidOperationException ex)
            {
                (failure, problems) = (ex, [ex.Message]);
            }
        }

        foreach (var problem in problems.Distinct(StringComparer.Ordinal))
        {
            await error.WriteLineAsync($"error: invalid setting: {problem}");
        }

        if (failure is not null && IsDebug(configuration["Logging:LogLevel:Default"]))
        {
            await error.WriteLineAsync(failure.ToString());
        }

        return problems.Count == 0;
    }

    private static bool IsDebug(string? level) =>
        string.Equals(level, "Debug", StringComparison.OrdinalIgnoreCase) || string.Equals(level, "Trace", StringComparison.OrdinalIgnoreCase);
}
