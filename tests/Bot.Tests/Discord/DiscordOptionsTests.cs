using Bot.Core.Publishing;
using Bot.Discord;
using Bot.DiscordAdapter;
using Bot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Discord;

public sealed class DiscordOptionsTests
{
    private const string Secret = "MTIzNDU2Nzg5.secret-token-value";

    [Theory]
    [InlineData("Discord:Token", "Bot " + Secret, "Discord:Token must be the bare bot token")]
    [InlineData("Discord:Token", Secret + "\n", "Discord:Token must be the bare bot token")]
    [InlineData("Discord:ApplicationId", "my-app", "Discord:ApplicationId 'my-app'")]
    [InlineData("Discord:GuildIds:0", "guild", "Discord:GuildIds:0 'guild'")]
    [InlineData("Discord:ApiBaseUrl", "discord.com/api", "Discord:ApiBaseUrl")]
    [InlineData("Discord:GatewayUrl", "https://gateway.discord.gg", "Discord:GatewayUrl")]
    [InlineData("Discord:CoverStyle", "Banner", "CoverStyle")]
    [InlineData("Discord:CoverStyle", "7", "Discord:CoverStyle '7' is not one of Image, Thumbnail, Off")]
    public void AddDiscord_BadSetting_FailsNamingTheKeyWithoutTheToken(string key, string value, string expected)
    {
        using var services = Build(new() { [key] = value, ["Discord:Token"] = key == "Discord:Token" ? value : Secret });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DiscordOptions>>().Value);

        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-token-value", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, DiscordCoverStyle.Image)]
    [InlineData("thumbnail", DiscordCoverStyle.Thumbnail)]
    [InlineData("Off", DiscordCoverStyle.Off)]
    public void AddDiscord_CoverStyle_BindsCaseInsensitivelyWithImageByDefault(string? value, DiscordCoverStyle expected)
    {
        using var services = Build(value is null ? [] : new() { ["Discord:CoverStyle"] = value });

        Assert.Equal(expected, services.GetRequiredService<IOptions<DiscordOptions>>().Value.CoverStyle);
    }

    [Fact]
    public void AddDiscord_NoSection_DefaultsWithCommandsOnAndNoToken()
    {
        using var services = Build([]);

        var options = services.GetRequiredService<IOptions<DiscordOptions>>().Value;

        Assert.False(options.HasToken);
        Assert.True(options.Commands);
        Assert.Equal(DiscordOptions.DefaultApiBaseUrl, options.ApiBaseUrl);
        Assert.Contains(services.GetServices<IChannelSender>(), s => s is DiscordChannelSender);
    }

    [Fact]
    public void AddDiscord_CommandsNotABoolean_FailsNamingTheKey()
    {
        using var services = Build(new() { ["Discord:Commands"] = "maybe" });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DiscordOptions>>().Value);

        Assert.Contains("Discord:Commands", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "true", false)]
    [InlineData(Secret, "false", false)]
    [InlineData(Secret, null, true)]
    public void AddDiscord_CommandService_OnlyWithTokenAndCommandsOn(string? token, string? commands, bool expected)
    {
        using var services = Build(new() { ["Discord:Token"] = token, ["Discord:Commands"] = commands });

        Assert.Equal(expected, services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().Any(s => s is DiscordInteractionService));
    }

    [Fact]
    public void ToString_WithToken_Redacted()
    {
        var options = new DiscordOptions { Token = Secret };

        Assert.DoesNotContain(Secret, options.ToString(), StringComparison.Ordinal);
        Assert.Contains("redacted", options.ToString(), StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddSingleton<Bot.Core.Posts.PostIndexHolder>();
        services.AddCommands(configuration);
        services.AddDiscord(configuration);
        return services.BuildServiceProvider();
    }
}
