using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bot.Core.Channels;
using Bot.Core.Publishing;
using Bot.Telegram;
using Bot.Tests.Fakes.Telegram;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Tests.Telegram;

/// <summary><c>Telegram:Cover</c>: the cover in the link preview (Preview), as a photo with a caption (Photo), or not at all (Off).</summary>
public sealed class TelegramCoverTests
{
    private const string Cover = "https://blog.example/images/cover.png";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task SendAsync_PostWithCoverDefaultSettings_FakeAcceptsTheCoverPreviewAboveTheText()
    {
        await using var fake = await FakeBotApi.StartAsync(TelegramTestClients.Token);
        var options = TelegramTestClients.Options(fake.BaseUrl);
        using var clients = TelegramTestClients.Provider(options);
        var post = TelegramTestPosts.Make() with { Cover = Cover };

        var result = await TelegramTestClients.Sender(clients, options).SendAsync(TelegramTestClients.Announcement("@blogchannel", post), CancellationToken.None).WaitAsync(Wait);

        Assert.Equal(DeliveryOutcome.Sent, result.Outcome);
        var preview = Assert.Single(fake.Sent).LinkPreviewOptions!;
        Assert.Equal(Cover, preview["url"]!.GetValue<string>());
        Assert.True(preview["prefer_large_media"]!.GetValue<bool>());
        Assert.True(preview["show_above_text"]!.GetValue<bool>());
        Assert.Null(preview["is_disabled"]);
    }

    [Fact]
    public async Task SendAsync_CoverOff_LivePreviewShowsThePostNotTheCover()
    {
        await using var fake = await FakeBotApi.StartAsync(TelegramTestClients.Token);
        var options = TelegramTestClients.Options(fake.BaseUrl, o => o.Cover = TelegramCover.Off);
        using var clients = TelegramTestClients.Provider(options);
        var post = TelegramTestPosts.Make() with { Cover = Cover };

        var result = await TelegramTestClients.Sender(clients, options).SendAsync(TelegramTestClients.Announcement("@blogchannel", post), CancellationToken.None).WaitAsync(Wait);

        Assert.Equal(DeliveryOutcome.Sent, result.Outcome);
        var preview = Assert.Single(fake.Sent).LinkPreviewOptions;
        Assert.NotEqual(Cover, preview?["url"]?.GetValue<string>());
    }

    [Theory]
    [InlineData(TelegramLinkPreview.On, TelegramCover.Preview, Cover, true)]
    [InlineData(TelegramLinkPreview.Above, TelegramCover.Preview, Cover, true)]
    [InlineData(TelegramLinkPreview.On, TelegramCover.Off, "post", false)]
    [InlineData(TelegramLinkPreview.Above, TelegramCover.Off, "post", true)]
    [InlineData(TelegramLinkPreview.Off, TelegramCover.Preview, null, false)]
    public void For_CoverAndSettings_PreviewShowsTheCoverOrThePost(TelegramLinkPreview linkPreview, TelegramCover cover, string? expectedUrl, bool above)
    {
        var post = TelegramTestPosts.Make() with { Cover = Cover };
        var message = TelegramAnnouncementRenderer.Render(post);

        var preview = TelegramLinkPreviews.For(message, new TelegramOptions { LinkPreview = linkPreview, Cover = cover });

        Assert.Equal(expectedUrl == "post" ? post.Link : expectedUrl, preview.Url);
        Assert.Equal(expectedUrl is null, preview.IsDisabled);
        Assert.Equal(above, preview.ShowAboveText);
        Assert.Equal(expectedUrl == Cover, preview.PreferLargeMedia);
    }

    [Fact]
    public void For_PostWithoutCover_PreviewsThePostAsBefore()
    {
        var post = TelegramTestPosts.Make();

        var preview = TelegramLinkPreviews.For(TelegramAnnouncementRenderer.Render(post), new TelegramOptions());

        Assert.Equal(post.Link, preview.Url);
        Assert.False(preview.PreferLargeMedia);
        Assert.False(preview.ShowAboveText);
    }

    [Fact]
    public void Plan_PhotoAndShortAnnouncement_SendsThePhotoWithTheAnnouncementAsCaption()
    {
        var post = TelegramTestPosts.Make() with { Cover = Cover };

        var plan = TelegramAnnouncementPlan.For(post, new TelegramOptions { Cover = TelegramCover.Photo });

        Assert.Equal(Cover, plan.PhotoUrl);
        Assert.Equal(TelegramAnnouncementRenderer.Render(post).Html, plan.Message.Html);
        var (plain, error) = FakeTelegramHtml.Parse(plan.Message.Html);
        Assert.Null(error);
        Assert.InRange(plain!.Length, 1, TelegramAnnouncementPlan.MaxCaptionLength);
    }

    [Fact]
    public void Plan_PhotoAndAnnouncementOverTheCaptionLimit_FallsBackToTextWithTheCoverPreview()
    {
        var post = TelegramTestPosts.Make(summary: string.Concat(Enumerable.Repeat("长摘要 ", 400))) with { Cover = Cover };

        var plan = TelegramAnnouncementPlan.For(post, new TelegramOptions { Cover = TelegramCover.Photo });

        Assert.Null(plan.PhotoUrl);
        Assert.True(plan.Message.PlainLength > TelegramAnnouncementPlan.MaxCaptionLength);
        Assert.Equal(Cover, plan.Preview.Url);
        Assert.True(plan.Preview.ShowAboveText);
    }

    [Fact]
    public void Plan_PhotoButNoCover_SendsTextPreviewingThePost()
    {
        var post = TelegramTestPosts.Make();

        var plan = TelegramAnnouncementPlan.For(post, new TelegramOptions { Cover = TelegramCover.Photo });

        Assert.Null(plan.PhotoUrl);
        Assert.Equal(post.Link, plan.Preview.Url);
    }

    [Fact]
    public void Preview_PhotoSetting_ShowsSendPhotoWithTheCover()
    {
        var previewer = new TelegramMessagePreviewer(Options.Create(new TelegramOptions { Cover = TelegramCover.Photo }));
        var channel = new ChannelOptions { Name = "nlp", Platform = ChannelPlatform.Telegram, ChatId = "@blog" };

        var lines = previewer.Preview(TelegramTestPosts.Make() with { Cover = Cover }, channel).Split('\n');

        Assert.StartsWith("sendPhoto to @blog (nlp): parse_mode=HTML, caption ", lines[0], StringComparison.Ordinal);
        Assert.EndsWith(" of 1024 characters after parsing", lines[0], StringComparison.Ordinal);
        Assert.Equal("photo: " + Cover, lines[1]);
        Assert.Equal("cover: " + Cover, lines[2]);
    }

    [Fact]
    public void Preview_DefaultSetting_ShowsTheCoverPreview()
    {
        var previewer = new TelegramMessagePreviewer(Options.Create(new TelegramOptions()));
        var channel = new ChannelOptions { Name = "nlp", Platform = ChannelPlatform.Telegram, ChatId = "@blog" };

        var lines = previewer.Preview(TelegramTestPosts.Make() with { Cover = Cover }, channel).Split('\n');

        Assert.Equal("link preview: " + Cover + " (large media) (above the text)", lines[1]);
    }

    [Theory]
    [InlineData("""{"is_disabled":"yes"}""")]
    [InlineData("""{"url":42}""")]
    [InlineData("""{"prefer_large_media":1}""")]
    [InlineData("""["https://blog.example/"]""")]
    public async Task FakeSendMessage_MalformedLinkPreviewOptions_Refused(string options)
    {
        await using var fake = await FakeBotApi.StartAsync(TelegramTestClients.Token);
        using var http = new HttpClient();
        var body = new JsonObject { ["chat_id"] = 1, ["text"] = "hi", ["link_preview_options"] = JsonNode.Parse(options) };

        using var response = await http.PostAsJsonAsync($"{fake.BaseUrl}/bot{TelegramTestClients.Token}/sendMessage", body);

        var answer = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("Bad Request: can't parse link preview options JSON object", answer["description"]!.GetValue<string>());
        Assert.Empty(fake.Sent);
    }

    [Fact]
    public async Task FakeSendPhoto_PlannedPhotoAndCaption_AcceptedAsTheRealClientSendsThem()
    {
        await using var fake = await FakeBotApi.StartAsync(TelegramTestClients.Token);
        using var clients = TelegramTestClients.Provider(TelegramTestClients.Options(fake.BaseUrl));
        var plan = TelegramAnnouncementPlan.For(TelegramTestPosts.Make() with { Cover = Cover }, new TelegramOptions { Cover = TelegramCover.Photo });

        await clients.Client!.SendPhoto(-1001234, InputFile.FromUri(plan.PhotoUrl!), caption: plan.Message.Html, parseMode: ParseMode.Html).WaitAsync(Wait);

        var sent = Assert.Single(fake.Sent);
        Assert.Equal(Cover, sent.PhotoUrl);
        Assert.Equal(plan.Message.PlainLength, sent.PlainText.Length);
    }

    [Theory]
    [InlineData(Cover, 1025, "Bad Request: message caption is too long")]
    [InlineData("data:image/png;base64,iVBORw0KGgo=", 10, "Bad Request: wrong file identifier/HTTP URL specified")]
    public async Task FakeSendPhoto_CaptionOverLimitOrPhotoNotAUrl_Refused(string photo, int captionLength, string expected)
    {
        await using var fake = await FakeBotApi.StartAsync(TelegramTestClients.Token);
        using var clients = TelegramTestClients.Provider(TelegramTestClients.Options(fake.BaseUrl));

        var error = await Assert.ThrowsAsync<ApiRequestException>(() =>
            clients.Client!.SendPhoto(-1001234, InputFile.FromString(photo), caption: "<b>" + new string('x', captionLength) + "</b>", parseMode: ParseMode.Html).WaitAsync(Wait));

        Assert.Equal(expected, error.Message);
        Assert.Empty(fake.Sent);
    }
}
