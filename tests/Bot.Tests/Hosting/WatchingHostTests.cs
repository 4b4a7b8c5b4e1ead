using System.Threading.Channels;
using Bot.Channels;
using Bot.Configuration;
using Bot.Core.Channels;
using ChannelOptions = Bot.Core.Channels.ChannelOptions;
using Bot.Core.Posts;
using Bot.Core.Repository;
using Bot.Hosting;
using Bot.Repository;
using Bot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Hosting;

/// <summary>The real registrations in a real host: real scanner on a temp Hexo blog, real clock, real settings files.</summary>
public sealed class WatchingHostTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);
    private readonly TempFolder folder = new();
    private readonly string settingsFile;

    public WatchingHostTests()
    {
        folder.CopyFixtureFolder("Blogs/hexo", "admin/blog");
        settingsFile = folder.Write("admin/bot.json", Settings("console"));
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Host_NewPostFileWritten_AppearsInTheIndex()
    {
        using var host = BuildHost(out var configuration);
        using var disposeConfiguration = (IDisposable)configuration;
        var indexes = Channel.CreateUnbounded<PostIndex>();
        host.Services.GetRequiredService<PostIndexHolder>().Replaced += index => indexes.Writer.TryWrite(index);

        await host.StartAsync().WaitAsync(Timeout);
        var first = await indexes.Reader.ReadAsync().AsTask().WaitAsync(Timeout);
        folder.Write("admin/blog/source/_posts/transformer.md", "---\ntitle: 取代RNN——Transformer\ndate: 2026-01-12 09:00:00\ncategories: NLP\n---\n在介绍Transformer前我们来回顾一下RNN的结构。\n");
        var second = await NextWhereAsync(indexes, index => index.Published.Count == 2);
        await host.StopAsync().WaitAsync(Timeout);

        Assert.Equal("一个最简单的DDP Pytorch例子!", Assert.Single(first.Published).Title);
        Assert.Equal(["取代RNN——Transformer", "一个最简单的DDP Pytorch例子!"], second.Published.Select(p => p.Title));
        Assert.Equal(folder.Combine("admin", "blog"), host.Services.GetRequiredService<RepositoryLocation>().RootPath);
    }

    [Fact]
    public async Task Host_ChannelsEditedInSettingsFile_CatalogRaisesChanged()
    {
        using var host = BuildHost(out var configuration);
        using var disposeConfiguration = (IDisposable)configuration;
        var catalog = host.Services.GetRequiredService<IChannelCatalog>();
        var changed = new TaskCompletionSource<IReadOnlyList<ChannelOptions>>(TaskCreationOptions.RunContinuationsAsynchronously);
        catalog.Changed += list => changed.TrySetResult(list);
        await host.StartAsync().WaitAsync(Timeout);

        await File.WriteAllTextAsync(settingsFile, Settings("console", "新频道"));
        var list = await changed.Task.WaitAsync(Timeout);
        await host.StopAsync().WaitAsync(Timeout);

        Assert.IsType<ChannelCatalog>(catalog);
        Assert.Equal(["console", "新频道"], list.Select(c => c.Name));
    }

    private IHost BuildHost(out IConfigurationRoot configuration)
    {
        configuration = BotConfiguration.Build(folder.Combine("config"), [settingsFile], "Production", reloadOnChange: true);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddConfiguration(configuration);
        builder.Logging.ClearProviders();
        builder.Services.AddBotCore(builder.Configuration);
        builder.Services.AddPostReading(builder.Configuration);
        builder.Services.AddWatching(builder.Configuration);
        return builder.Build();
    }

    private static async Task<PostIndex> NextWhereAsync(Channel<PostIndex> indexes, Func<PostIndex, bool> match)
    {
        using var stop = new CancellationTokenSource(Timeout);
        while (true)
        {
            var index = await indexes.Reader.ReadAsync(stop.Token);
            if (match(index))
            {
                return index;
            }
        }
    }

    private static string Settings(params string[] channels) =>
        $$"""
        {
          "Repository": { "Path": "blog" },
          "Storage": { "Path": "data/bot.db" },
          "Channels": [ {{string.Join(", ", channels.Select(c => $$"""{ "Name": "{{c}}", "Platform": "Console", "Categories": [ "*" ] }"""))}} ]
        }
        """;
}
