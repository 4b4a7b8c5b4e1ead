using Bot.Repository;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Repository;

public sealed class ScanDebouncerTests
{
    private readonly FakeTimeProvider time = new();
    private readonly ScanDebouncer debouncer;

    public ScanDebouncerTests() => debouncer = new ScanDebouncer(time);

    [Fact]
    public void TryTakeDue_NothingRequested_IsFalse()
    {
        Assert.Null(debouncer.DueAt);
        Assert.False(debouncer.TryTakeDue(time.GetUtcNow().AddHours(1)));
    }

    [Theory]
    [InlineData(199, false)]
    [InlineData(200, true)]
    public void TryTakeDue_OneRequest_DueAfterTheWindow(int elapsedMs, bool expected)
    {
        debouncer.Request();

        Assert.Equal(expected, debouncer.TryTakeDue(time.GetUtcNow().AddMilliseconds(elapsedMs)));
    }

    [Fact]
    public void TryTakeDue_500RequestsInABurst_IsOneScan()
    {
        for (var i = 0; i < 500; i++)
        {
            debouncer.Request();
        }

        var due = time.GetUtcNow() + ScanDebouncer.DefaultWindow;
        Assert.True(debouncer.TryTakeDue(due));
        Assert.False(debouncer.TryTakeDue(due.AddHours(1)));
    }

    [Fact]
    public void TryTakeDue_SteadyTrickleOfSaves_IsDueAfterMaxWait()
    {
        var start = time.GetUtcNow();
        for (var i = 0; i < 10; i++)
        {
            debouncer.Request();
            Assert.False(debouncer.TryTakeDue(time.GetUtcNow()));
            time.Advance(TimeSpan.FromMilliseconds(100));
        }

        Assert.Equal(start + ScanDebouncer.DefaultMaxWait, debouncer.DueAt);
        Assert.True(debouncer.TryTakeDue(time.GetUtcNow()));
    }

    [Fact]
    public void RequestNow_IsDueImmediately()
    {
        debouncer.RequestNow();

        Assert.True(debouncer.TryTakeDue(time.GetUtcNow()));
    }
}
