using Bot.Channels;
using Bot.Core.Channels;
using Microsoft.Extensions.Configuration;

namespace Bot.Tests.Channels;

public sealed class ChannelListReaderTests
{
    private static ChannelList Read(params (string Key, string? Value)[] settings) =>
        ChannelListReader.Read(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, s.Value)))
            .Build());

    [Fact]
    public void Read_ShippedConsoleChannel_IsValid()
    {
        var list = Read(("Channels:0:Name", "console"), ("Channels:0:Platform", "Console"), ("Channels:0:Categories:0", "*"));

        Assert.True(list.IsValid, string.Join(" ", list.Errors));
        Assert.Equal("console", Assert.Single(list.Channels).Name);
    }

    [Theory]
    [InlineData("-1001234567890")]
    [InlineData("123456789")]
    [InlineData("@blog_updates")]
    public void Read_TelegramChatIdForms_AreAccepted(string chatId)
    {
        var list = Read(("Telegram:Token", "123:abc"), ("Channels:0:Name", "tg"), ("Channels:0:Platform", "telegram"), ("Channels:0:ChatId", chatId));

        Assert.True(list.IsValid, string.Join(" ", list.Errors));
    }

    [Theory]
    [InlineData("Channels:0:ChannelId", "1234567890123456789", "Discord:Token", "x")]
    [InlineData("Channels:0:WebhookUrl", "https://discord.com/api/webhooks/1/secret", "Other", "x")]
    [InlineData("Channels:0:WebhookUrl", "http://127.0.0.1:5000/api/webhooks/1/secret", "Other", "x")]
    public void Read_DiscordTargets_AreAccepted(string targetKey, string target, string tokenKey, string token)
    {
        var list = Read((tokenKey, token), ("Channels:0:Name", "dc"), ("Channels:0:Platform", "Discord"), (targetKey, target));

        Assert.True(list.IsValid, string.Join(" ", list.Errors));
    }

    [Theory]
    [InlineData("Channels:2:Name 'NEWS' is already used by Channels:0", "Channels:2:Name", "NEWS")]
    [InlineData("Channels:2:Platform 'Slack' is not a known platform", "Channels:2:Platform", "Slack")]
    [InlineData("Channels:2:ChatId is missing", "Channels:2:ChatId", null)]
    [InlineData("Channels:2:ChatId 'my channel' is neither", "Channels:2:ChatId", "my channel")]
    [InlineData("Channels:2:ChatId '0' is neither", "Channels:2:ChatId", "0")]
    [InlineData("Channels:2:ThreadId -4 must be a positive", "Channels:2:ThreadId", "-4")]
    [InlineData("Channels:2:Platform Telegram needs Telegram:Token", "Telegram:Token", null)]
    [InlineData("Channels:2:Backfill -1 must be 0 or more", "Channels:2:Backfill", "-1")]
    [InlineData("Channels:2:Backfill 'ten' is not a whole number", "Channels:2:Backfill", "ten")]
    [InlineData("Channels:2:Silent 'yes' is not true or false", "Channels:2:Silent", "yes")]
    [InlineData("Channels:2:Categories must be a list", "Channels:2:Categories", "NLP")]
    [InlineData("Channels:2:Categories:1 is empty", "Channels:2:Categories:1", " ")]
    [InlineData("Channels:2:Categorys is not a channel setting", "Channels:2:Categorys:0", "NLP")]
    [InlineData("Channels:2:Schedule is missing; Mode Digest needs", "Channels:2:Mode", "Digest")]
    [InlineData("Channels:2:Schedule 'every day' is not a cron expression", "Channels:2:Schedule", "every day")]
    [InlineData("Channels:2:TimeZone 'Mars/Olympus' is not a known time zone", "Channels:2:TimeZone", "Mars/Olympus")]
    [InlineData("Channels:2:Schedule is set on channel 'telegram', which has Mode Instant", "Channels:2:Schedule", "0 9 * * *")]
    [InlineData("Channels:2:Mode 'Weekly' is not a delivery mode", "Channels:2:Mode", "Weekly")]
    [InlineData("Channels:2:DigestThreshold only applies with Mode Digest", "Channels:2:DigestThreshold", "3")]
    public void Read_BadTelegramChannel_NamesTheOffendingKey(string expected, string key, string? value)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Telegram:Token"] = "123:abc",
            ["Channels:0:Name"] = "news",
            ["Channels:0:Platform"] = "Console",
            ["Channels:1:Name"] = "other",
            ["Channels:1:Platform"] = "Console",
            ["Channels:2:Name"] = "telegram",
            ["Channels:2:Platform"] = "Telegram",
            ["Channels:2:ChatId"] = "@blog_updates",
            ["Channels:2:Tags:0"] = "PyTorch",
        };
        settings[key] = value;

        var list = Read([.. settings.Select(kv => (kv.Key, kv.Value))]);

        Assert.False(list.IsValid);
        Assert.Contains(list.Errors, e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Channels:0:ChannelId is missing", null, null, "x")]
    [InlineData("Channels:0:ChannelId '#general' is not a Discord snowflake", "#general", null, "x")]
    [InlineData("Channels:0:ChannelId needs Discord:Token", "1234567890123456789", null, null)]
    [InlineData("Channels:0:WebhookUrl is not an https URL", null, "http://discord.com/api/webhooks/1/secret", null)]
    [InlineData("Channels:0:WebhookUrl and Channels:0:ChannelId are both set", "1234567890123456789", "https://discord.com/api/webhooks/1/secret", "x")]
    public void Read_BadDiscordChannel_NamesTheOffendingKey(string expected, string? channelId, string? webhook, string? token)
    {
        var list = Read(
            ("Discord:Token", token), ("Channels:0:Name", "dc"), ("Channels:0:Platform", "Discord"),
            ("Channels:0:ChannelId", channelId), ("Channels:0:WebhookUrl", webhook));

        Assert.Contains(list.Errors, e => e.StartsWith(expected, StringComparison.Ordinal));
        Assert.DoesNotContain(list.Errors, e => e.Contains("secret", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ChannelsAsObjectNotList_SaysItMustBeAList()
    {
        var list = Read(("Channels:Name", "console"), ("Channels:Platform", "Console"));

        Assert.Contains(list.Errors, e => e.StartsWith("Channels must be a list", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_PlatformLeftOut_IsConsole()
    {
        var list = Read(("Channels:0:Name", "plain"), ("Channels:0:Categories:0", "NLP"));

        Assert.True(list.IsValid, string.Join(" ", list.Errors));
        Assert.Equal(ChannelPlatform.Console, Assert.Single(list.Channels).Platform);
    }

    [Fact]
    public void Read_DigestWithSecondsSchedule_IsValid()
    {
        var list = Read(
            ("Channels:0:Name", "digest"), ("Channels:0:Platform", "Console"), ("Channels:0:Mode", "Digest"),
            ("Channels:0:Schedule", "0 30 9 * * MON"), ("Channels:0:TimeZone", "Asia/Shanghai"));

        Assert.True(list.IsValid, string.Join(" ", list.Errors));
    }
}
