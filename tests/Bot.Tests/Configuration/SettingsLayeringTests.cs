using Bot.Channels;
using Bot.Configuration;
using Bot.Core.Repository;
using Bot.Repository;
using Bot.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace Bot.Tests.Configuration;

public sealed class SettingsLayeringTests : IDisposable
{
    private readonly TempFolder app = new();
    private readonly TempFolder admin = new();

    public SettingsLayeringTests()
    {
        app.CopyFixture("Settings/base-three-channels.json", "config/appsettings.json");
    }

    public void Dispose()
    {
        app.Dispose();
        admin.Dispose();
    }

    [Fact]
    public void Build_ConfigFileWithOneChannel_ReplacesTheThreeBaseChannels()
    {
        var adminFile = admin.CopyFixture("Settings/admin-one-channel.json", "my-bot.json");

        var channels = ChannelListReader.Read(Build(adminFile));

        Assert.True(channels.IsValid, string.Join(" ", channels.Errors));
        var only = Assert.Single(channels.Channels);
        Assert.Equal("深度学习频道", only.Name);
        Assert.Equal(["深度学习"], only.Categories);
        Assert.False(only.Silent);
    }

    [Fact]
    public void Build_ConfigFileWithoutChannels_KeepsTheBaseChannels()
    {
        var adminFile = admin.CopyFixture("Settings/admin-no-channels.json", "my-bot.json");

        var configuration = Build(adminFile);

        Assert.Equal(["console", "nlp", "python"], ChannelListReader.Read(configuration).Channels.Select(c => c.Name));
        Assert.Equal("120", configuration["Summary:MaxLength"]);
    }

    [Fact]
    public void Build_ConfigFileWithEmptyChannelList_LeavesNoChannels()
    {
        var adminFile = admin.CopyFixture("Settings/admin-empty-channels.json", "my-bot.json");

        Assert.Empty(ChannelListReader.Read(Build(adminFile)).Channels);
    }

    [Fact]
    public void Build_TwoConfigFiles_LastListWins()
    {
        var first = admin.CopyFixture("Settings/admin-one-channel.json", "first.json");
        var second = admin.CopyFixture("Settings/base-three-channels.json", "second.json");

        Assert.Equal(["console", "nlp", "python"], ChannelListReader.Read(Build(first, second)).Channels.Select(c => c.Name));
    }

    [Fact]
    public void Build_EnvironmentVariables_StillOverrideOneChannelSetting()
    {
        var adminFile = admin.CopyFixture("Settings/admin-one-channel.json", "my-bot.json");
        var configuration = new ConfigurationBuilder()
            .AddConfiguration(Build(adminFile))
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Channels:0:Backfill"] = "5", ["Channels:1:Name"] = "extra", ["Channels:1:Platform"] = "Console" })
            .Build();

        var channels = ChannelListReader.Read(configuration).Channels;

        Assert.Equal(["深度学习频道", "extra"], channels.Select(c => c.Name));
        Assert.Equal(5, channels[0].Backfill);
    }

    [Fact]
    public void Build_RelativeRepositoryPath_ResolvesAgainstTheSettingsFileFolder()
    {
        var adminFile = admin.Write("settings/my-bot.json", """{ "Repository": { "Path": "../blogs/main" }, "Storage": { "Path": "state/bot.db" } }""");

        var configuration = Build(adminFile);

        Assert.Equal(admin.Combine("blogs", "main"), configuration["Repository:Path"]);
        Assert.Equal(admin.Combine("settings", "state", "bot.db"), configuration["Storage:Path"]);
    }

    [Fact]
    public void Build_RelativePathInBaseFile_ResolvesAgainstTheConfigFolderNotTheWorkingDirectory()
    {
        var configuration = Build();

        Assert.NotEqual(app.Path, Directory.GetCurrentDirectory());
        Assert.Equal(app.Combine("config", "blog"), configuration["Repository:Path"]);
    }

    [Fact]
    public void FromSettings_RemoteSet_RootIsTheCloneBesideTheDatabase()
    {
        var adminFile = admin.Write("my-bot.json", """{ "Repository": { "Remote": "https://example.com/blog.git" }, "Storage": { "Path": "data/bot.db" } }""");
        var configuration = Build(adminFile);
        var options = configuration.GetSection(RepositoryOptions.SectionName).Get<RepositoryOptions>()!;

        var location = RepositoryLocation.FromSettings(options, configuration, app.Path, app.Combine("config"));

        Assert.True(location.UsesRemote);
        Assert.Equal(admin.Combine("data", "repo"), location.RootPath);
    }

    [Fact]
    public void FromSettings_NoStoragePathNoRemote_DefaultsResolveAgainstConfigFolderAndApplicationRoot()
    {
        var configuration = new ConfigurationBuilder().Build();

        var location = RepositoryLocation.FromSettings(new RepositoryOptions(), configuration, app.Path, app.Combine("config"));

        Assert.False(location.UsesRemote);
        Assert.Equal(app.Combine("config", "sample-blog"), location.RootPath);
        Assert.Equal(app.Combine("data", "repo"), location.ClonePath);
    }

    private IConfigurationRoot Build(params string[] extraFiles) =>
        BotConfiguration.Build(app.Combine("config"), extraFiles, "Production", reloadOnChange: false);
}
