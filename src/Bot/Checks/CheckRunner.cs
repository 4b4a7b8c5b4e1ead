using Bot.Secrets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Checks;

/// <summary>
/// Runs the checks one after another. A check that cannot be built or throws becomes one FAIL line with a redacted
/// message, so a broken area never hides the others and never prints a stack trace.
/// </summary>
public sealed class CheckRunner(IServiceProvider services, IEnumerable<CheckRegistration> registrations, SecretRedactor redactor)
{
    public async Task<IReadOnlyList<CheckLine>> RunAsync(CancellationToken cancellationToken)
    {
        var lines = new List<CheckLine>();
        foreach (var registration in registrations)
        {
            try
            {
                var check = (ICheck)services.GetRequiredService(registration.CheckType);
                lines.AddRange(await check.RunAsync(cancellationToken));
            }
            catch (OptionsValidationException ex)
            {
                lines.Add(CheckLine.Fail(registration.Subject, $"cannot check: invalid settings ({string.Join("; ", ex.Failures)})"));
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                lines.Add(CheckLine.Fail(registration.Subject, $"cannot check: {ex.Message}"));
            }
        }

        return [.. lines.Select(line => line with
        {
            Subject = redactor.Redact(line.Subject),
            Message = redactor.Redact(line.Message),
        })];
    }
}
