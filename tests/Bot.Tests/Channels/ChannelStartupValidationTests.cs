using Bot.Core.Posts;
using Bot.Core.Repository;
using Bot.Hosting;
using Bot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Channels;

public sealed class ChannelStartupValidationTests
{
    [Fact]
    public async Task StartAsync_InvalidChannels_StopsTheHostWithTheOffendingKey()
    {
        using var blog = new TempFolder();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Repository:Path"] = blog.Path,
            ["Channels:0:Name"] = "news",
            ["Channels:0:Platform"] = "Telegram",
            ["Channels:0:ChatId"] = "@blog_updates",
            ["Channels:1:Name"] = "dc",
            ["Channels:1:Platform"] = "Discord",
        });
        builder.Services.AddBotCore(builder.Configuration);
        builder.Services.AddWatching(builder.Configuration);
        builder.Services.AddSingleton<IPostScanner>(new FolderPostScanner(blog.Path));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync().WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Contains(error.Failures, f => f.StartsWith("Channels:0:Platform Telegram needs Telegram:Token", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("Channels:1:ChannelId is missing", StringComparison.Ordinal));
        Assert.Equal(PostIndex.Empty, host.Services.GetRequiredService<PostIndexHolder>().Current);
    }
}
