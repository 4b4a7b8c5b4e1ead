using Bot.Channels;
using Bot.Configuration;
using Bot.Core.Channels;
using Bot.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Bot.Tests.Channels;

public sealed class ChannelCatalogTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly TempFolder folder = new();
    private readonly FakeLogCollector logs = new();
    private readonly string settingsFile;

    public ChannelCatalogTests()
    {
        folder.CopyFixture("Settings/base-three-channels.json", "config/appsettings.json");
        settingsFile = folder.Write("admin/bot.json", Channels("first"));
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Changed_ValidEditOfSettingsFile_ReplacesTheList()
    {
        var configuration = BotConfiguration.Build(folder.Combine("config"), [settingsFile], "Production", reloadOnChange: true);
        using var disposeConfiguration = (IDisposable)configuration;
        using var catalog = new ChannelCatalog(configuration, new FakeLogger<ChannelCatalog>(logs));
        var changed = NextChange(catalog);
        Assert.Equal(["first"], catalog.Current.Select(c => c.Name));

        await File.WriteAllTextAsync(settingsFile, Channels("first", "second"));

        var list = await changed.WaitAsync(Timeout);
        Assert.Equal(["first", "second"], list.Select(c => c.Name));
        Assert.Same(list, catalog.Current);
    }

    [Fact]
    public async Task Changed_InvalidEdit_IsRejectedWithOneLogLineAndTheLastGoodListStays()
    {
        var configuration = BotConfiguration.Build(folder.Combine("config"), [settingsFile], "Production", reloadOnChange: true);
        using var disposeConfiguration = (IDisposable)configuration;
        using var catalog = new ChannelCatalog(configuration, new FakeLogger<ChannelCatalog>(logs));
        var changed = NextChange(catalog);

        await File.WriteAllTextAsync(settingsFile, """{ "Channels": [ { "Name": "broken", "Platform": "Telegram" } ] }""");
        var rejection = await logs.WaitForAsync(r => r.Level == LogLevel.Error);
        await File.WriteAllTextAsync(settingsFile, Channels("first", "third"));
        var list = await changed.WaitAsync(Timeout);

        Assert.Contains("Channels:0:ChatId is missing", rejection.Message, StringComparison.Ordinal);
        Assert.Single(logs.GetSnapshot(), r => r.Level == LogLevel.Error);
        Assert.Equal(["first", "third"], list.Select(c => c.Name));
    }

    [Fact]
    public async Task Changed_OneSubscriberThrows_OthersStillHearOfTheChange()
    {
        var configuration = BotConfiguration.Build(folder.Combine("config"), [settingsFile], "Production", reloadOnChange: true);
        using var disposeConfiguration = (IDisposable)configuration;
        using var catalog = new ChannelCatalog(configuration, new FakeLogger<ChannelCatalog>(logs));
        catalog.Changed += _ => throw new InvalidOperationException("subscriber bug");
        var changed = NextChange(catalog);

        await File.WriteAllTextAsync(settingsFile, Channels("first", "second"));

        Assert.Equal(2, (await changed.WaitAsync(Timeout)).Count);
        Assert.Contains(logs.GetSnapshot(), r => r.Exception?.Message == "subscriber bug");
    }

    [Fact]
    public void Constructor_InvalidSettings_ServesNoChannelAndLogs()
    {
        var broken = folder.Write("admin/broken.json", """{ "Channels": [ { "Name": "a", "Platform": "Console" }, { "Name": "A", "Platform": "Console" } ] }""");
        var configuration = BotConfiguration.Build(folder.Combine("config"), [broken], "Production", reloadOnChange: false);
        using var disposeConfiguration = (IDisposable)configuration;

        using var catalog = new ChannelCatalog(configuration, new FakeLogger<ChannelCatalog>(logs));

        Assert.Empty(catalog.Current);
        Assert.Contains("Channels:1:Name 'A' is already used by Channels:0", logs.LatestRecord.Message, StringComparison.Ordinal);
    }

    private static Task<IReadOnlyList<ChannelOptions>> NextChange(IChannelCatalog catalog)
    {
        var changed = new TaskCompletionSource<IReadOnlyList<ChannelOptions>>(TaskCreationOptions.RunContinuationsAsynchronously);
        catalog.Changed += list => changed.TrySetResult(list);
        return changed.Task;
    }

    private static string Channels(params string[] names) =>
        "{ \"Channels\": [ " + string.Join(", ", names.Select(n => $$"""{ "Name": "{{n}}", "Platform": "Console", "Categories": [ "*" ] }""")) + " ] }";
}
