using System.Text.Json.Nodes;
using Bot.Tests.Fakes.Telegram;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace Bot.Tests.Telegram;

/// <summary>The fake must hold the real client to Telegram's rules, or the adapter tests prove nothing.</summary>
public sealed class FakeBotApiTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData("<p>para</p>", "Unsupported start tag \"p\" at byte offset 0")]
    [InlineData("<b>open", "Can't find end tag corresponding to start tag \"b\"")]
    [InlineData("<b>x</i>", "Unmatched end tag at byte offset 4, expected \"</b>\", found \"</i>\"")]
    [InlineData("a & b", "Can't find end of the entity starting at byte offset 2")]
    [InlineData("&nbsp;", "Can't find end of the entity starting at byte offset 0")]
    [InlineData("<a href=\"x\" target=\"y\">l</a>", "Unsupported attributes of tag \"a\" at byte offset 0")]
    [InlineData("深<b", "Can't find end of the tag starting at byte offset 3")]
    public async Task SendMessage_BadHtml_RejectedWithCantParseEntities(string html, string detail)
    {
        await using var fake = await FakeBotApi.StartAsync(TelegramTestClients.Token);
        using var clients = TelegramTestClients.Provider(TelegramTestClients.Options(fake.BaseUrl));

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => clients.Client!.SendMessage(1, html, ParseMode.Html).WaitAsync(Wait));

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal("Bad Request: can't parse entities: " + detail, error.Message);
        Assert.Empty(fake.Sent);
    }

    [Theory]
    [InlineData("&lt;&gt;&amp;&quot;&#65;&#x1F600;", "<>&\"A😀")]
    [InlineData("<b>b</b><i>i</i><u>u</u><s>s</s><tg-spoiler>x</tg-spoiler><code>c</code><pre>p</pre>", "biusxcp")]
    [InlineData("<a href=\"https://e.x/?a=1&amp;b=&quot;\">link</a>", "link")]
    public async Task SendMessage_ValidHtml_StoresTextAfterParsing(string html, string plain)
    {
        await using var fake = await FakeBotApi.StartAsync(TelegramTestClients.Token);
        using var clients = TelegramTestClients.Provider(TelegramTestClients.Options(fake.BaseUrl));

        var message = await clients.Client!.SendMessage(1, html, ParseMode.Html).WaitAsync(Wait);

        Assert.Equal(plain, message.Text);
        Assert.Equal(plain, Assert.Single(fake.Sent).PlainText);
    }

    [Theory]
    [InlineData(4096, true)]
    [InlineData(4097, false)]
    public async Task SendMessage_LengthAfterParsing_LimitedTo4096(int entities, bool accepted)
    {
        await using var fake = await FakeBotApi.StartAsync(TelegramTestClients.Token);
        using var clients = TelegramTestClients.Provider(TelegramTestClients.Options(fake.BaseUrl));
        var text = string.Concat(Enumerable.Repeat("&amp;", entities));

        var send = clients.Client!.SendMessage(1, text, ParseMode.Html).WaitAsync(Wait);

        if (accepted)
        {
            Assert.Equal(entities, (await send).Text!.Length);
        }
        else
        {
            Assert.Equal("Bad Request: message is too long", (await Assert.ThrowsAsync<ApiRequestException>(() => send)).Message);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123456789")]
    [InlineData("深度学习深度学习深度学习深度学习深度学习深度学习")]
    public async Task SendMessage_CallbackDataEmptyOrOver64Bytes_ButtonDataInvalid(string data)
    {
        await using var fake = await FakeBotApi.StartAsync(TelegramTestClients.Token);
        using var clients = TelegramTestClients.Provider(TelegramTestClients.Options(fake.BaseUrl));
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("b", data));

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => clients.Client!.SendMessage(1, "x", replyMarkup: keyboard).WaitAsync(Wait));

        Assert.Equal("Bad Request: BUTTON_DATA_INVALID", error.Message);
    }

    [Fact]
    public async Task FormBody_SendMessage_AnsweredInTelegramsEnvelope()
    {
        await using var fake = await FakeBotApi.StartAsync(TelegramTestClients.Token);
        using var http = new HttpClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["chat_id"] = "-1001", ["text"] = "<b>hi</b>", ["parse_mode"] = "HTML" });

        using var response = await http.PostAsync(new Uri($"{fake.BaseUrl}/bot{TelegramTestClients.Token}/sendMessage"), form).WaitAsync(Wait);

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(body["ok"]!.GetValue<bool>());
        Assert.Equal("hi", body["result"]!["text"]!.GetValue<string>());
        Assert.True(body["result"]!["date"]!.GetValue<long>() > 1_600_000_000);
    }

    [Fact]
    public async Task WrongToken_AnyMethod_Unauthorized()
    {
        await using var fake = await FakeBotApi.StartAsync(TelegramTestClients.Token);
        using var clients = TelegramTestClients.Provider(TelegramTestClients.Options(fake.BaseUrl, o => o.Token = "999:WRONG"));

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => clients.Client!.GetMe().WaitAsync(Wait));

        Assert.Equal(401, error.ErrorCode);
        Assert.Equal("Unauthorized", error.Message);
    }

    [Fact]
    public async Task GetChatAndMember_ForCheckVerb_AnswerAdministrator()
    {
        await using var fake = await FakeBotApi.StartAsync(TelegramTestClients.Token);
        using var clients = TelegramTestClients.Provider(TelegramTestClients.Options(fake.BaseUrl));

        var chat = await clients.Client!.GetChat("@blogchannel").WaitAsync(Wait);
        var member = await clients.Client!.GetChatMember(chat.Id, fake.BotId).WaitAsync(Wait);

        Assert.Equal(fake.ChatIdOf("@blogchannel"), chat.Id);
        Assert.Equal(ChatMemberStatus.Administrator, member.Status);
        Assert.Equal(fake.BotId, member.User.Id);
    }

    [Fact]
    public async Task GroupChat_TwentyFirstSendInAMinute_TooManyRequests()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var fake = await FakeBotApi.StartAsync(TelegramTestClients.Token, time);
        using var clients = TelegramTestClients.Provider(TelegramTestClients.Options(fake.BaseUrl));
        for (var i = 0; i < 20; i++)
        {
            await clients.Client!.SendMessage(-1001, $"m{i}").WaitAsync(Wait);
            time.Advance(TimeSpan.FromSeconds(1));
        }

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => clients.Client!.SendMessage(-1001, "m20").WaitAsync(Wait));

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(40, error.Parameters?.RetryAfter);
    }

    [Fact]
    public async Task GetUpdates_OffsetAndLimit_ConfirmAndPageLikeTelegram()
    {
        await using var fake = await FakeBotApi.StartAsync(TelegramTestClients.Token);
        using var clients = TelegramTestClients.Provider(TelegramTestClients.Options(fake.BaseUrl));
        var ids = Enumerable.Range(0, 3).Select(i => fake.EnqueueMessage(1, $"m{i}")).ToList();

        var first = await clients.Client!.GetUpdates(limit: 2).WaitAsync(Wait);
        var again = await clients.Client!.GetUpdates().WaitAsync(Wait);
        var rest = await clients.Client!.GetUpdates(offset: first[^1].Id + 1).WaitAsync(Wait);
        var none = await clients.Client!.GetUpdates(offset: rest[^1].Id + 1, timeout: 0).WaitAsync(Wait);

        Assert.Equal(ids.Take(2), first.Select(u => u.Id));
        Assert.Equal(ids, again.Select(u => u.Id));
        Assert.Equal([ids[2]], rest.Select(u => u.Id));
        Assert.Empty(none);
        Assert.Equal("m2", rest[0].Message!.Text);
        await fake.DeliveredAsync(ids[2]).WaitAsync(Wait);
    }
}
