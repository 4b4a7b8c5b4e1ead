using Microsoft.Extensions.Options;

namespace Bot.Delivery;

/// <summary>
/// The current value of a reloadable settings section, or the last one that bound and validated: a bad value written
/// into the settings file while the service runs (<c>RetryBaseDelay: "banana"</c>) never throws into a loop.
/// </summary>
public sealed class LastGoodOptions<T>(IOptionsMonitor<T> monitor)
    where T : class
{
    private T? lastGood;

    public T Current
    {
        get
        {
            try
            {
                var current = monitor.CurrentValue;
                Volatile.Write(ref lastGood, current);
                return current;
            }
            catch (Exception ex) when (ex is InvalidOperationException or OptionsValidationException or FormatException)
            {
                return Volatile.Read(ref lastGood) ?? throw new InvalidOperationException($"No valid {typeof(T).Name} settings were ever read.", ex);
            }
        }
    }
}
