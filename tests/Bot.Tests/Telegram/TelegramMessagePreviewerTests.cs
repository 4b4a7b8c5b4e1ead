using Bot.Core.Channels;
using Bot.Hosting;
using Bot.Preview;
using Bot.Telegram;
using Bot.Tests.Fakes.Telegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Telegram;

public sealed class TelegramMessagePreviewerTests
{
    [Fact]
    public void Preview_ForumChannel_ShowsSendParametersThenTheHtmlAsSent()
    {
        var previewer = new TelegramMessagePreviewer(Microsoft.Extensions.Options.Options.Create(new TelegramOptions { LinkPreview = TelegramLinkPreview.Above }));
        var post = TelegramTestPosts.Make(title: "<script>&copy;");
        var channel = new ChannelOptions { Name = "nlp", Platform = ChannelPlatform.Telegram, ChatId = "@blog", ThreadId = 7, Silent = true };

        var text = previewer.Preview(post, channel);

        var lines = text.Split('\n');
        Assert.StartsWith("sendMessage to @blog (nlp): parse_mode=HTML, ", lines[0], StringComparison.Ordinal);
        Assert.Equal("link preview: " + post.Link + " (above the text)", lines[1]);
        Assert.Equal("message_thread_id: 7", lines[2]);
        Assert.Equal("disable_notification: true", lines[3]);
        Assert.EndsWith("\n\n" + TelegramAnnouncementRenderer.Render(post).Html + "\n", text, StringComparison.Ordinal);
        Assert.Null(FakeTelegramHtml.Parse(TelegramAnnouncementRenderer.Render(post).Html).Error);
    }

    [Fact]
    public void AddTelegram_Always_RegistersTheTelegramPreviewer()
    {
        var configuration = new ConfigurationBuilder().Build();
        using var provider = new ServiceCollection().AddTelegram(configuration).BuildServiceProvider();

        Assert.Single(provider.GetServices<IMessagePreviewer>(), p => p.Platform == ChannelPlatform.Telegram);
    }
}
