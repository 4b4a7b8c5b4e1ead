using Microsoft.Extensions.Options;

namespace Bot.Benchmarks.FanOut;

/// <summary>Options that never change.</summary>
public sealed class StaticOptionsMonitor<T>(T value) : IOptionsMonitor<T>
{
    public T CurrentValue => value;

    public T Get(string? name) => value;

    public IDisposable? OnChange(Action<T, string?> listener) => null;
}
