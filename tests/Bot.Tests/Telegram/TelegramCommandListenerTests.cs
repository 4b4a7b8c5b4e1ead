using Bot.Core.Commands;
using Bot.Core.Posts;
using Bot.Telegram;
using Bot.Tests.Fakes.Telegram;

namespace Bot.Tests.Telegram;

public sealed class TelegramCommandListenerTests
{
    private static readonly PostIndex Index = TelegramTestPosts.Index(30, "NLP", "深度学习", "Rust");

    private static string Expected(ChatCommand command, ReplyLanguage language = ReplyLanguage.English) =>
        TelegramReplyRenderer.Render(new CommandHandler(TimeProvider.System).Handle(command, Index, language)).Html;

    [Fact]
    public async Task StartAsync_Always_SetsCommandMenuInEnglishAndChinese()
    {
        await using var harness = await TelegramListenerHarness.StartAsync(Index);

        await harness.Fake.WaitForAsync(f => f.CommandSets.Count == 2, TelegramListenerHarness.Wait);

        var sets = harness.Fake.Read(f => f.CommandSets.ToList());
        Assert.Null(sets[0]["language_code"]);
        Assert.Equal("zh", sets[1]["language_code"]!.GetValue<string>());
        Assert.All(sets, s => Assert.Equal("default", s["scope"]!["type"]!.GetValue<string>()));
        Assert.Equal(["latest", "category", "help", "start"], sets[0]["commands"]!.AsArray().Select(c => c!["command"]!.GetValue<string>()));
        Assert.Contains("最新", sets[1]["commands"]![0]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/latest", 5)]
    [InlineData("/latest 3", 3)]
    [InlineData("/latest 50", 20)]
    [InlineData("/latest@OurBot", 5)]
    [InlineData("/LATEST@ourbot 2", 2)]
    public async Task Latest_PrivateOrGroupForms_RepliesWithNewestPosts(string text, int count)
    {
        await using var harness = await TelegramListenerHarness.StartAsync(Index);

        var reply = await harness.AskAsync(-1001, text);

        Assert.Equal(Expected(new LatestCommand(count)), reply.Text);
        Assert.Contains("Post 29", reply.PlainText, StringComparison.Ordinal);
        Assert.Contains($"Post {30 - count}\n", reply.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain($"Post {29 - count}\n", reply.PlainText, StringComparison.Ordinal);
        Assert.Equal("Older ›", reply.Keyboard[^1][^1].Text);
    }

    [Fact]
    public async Task Message_CommandForAnotherBotOrPlainText_IsIgnored()
    {
        await using var harness = await TelegramListenerHarness.StartAsync(Index);
        harness.Fake.EnqueueMessage(-1002, "/latest@OtherBot");
        harness.Fake.EnqueueMessage(-1002, "hello everyone");

        var reply = await harness.AskAsync(-1002, "/help@OurBot");

        Assert.Equal(Expected(new HelpCommand()), reply.Text);
        Assert.Single(harness.Fake.Read(f => f.Sent.ToList()));
    }

    [Fact]
    public async Task Message_InForumTopic_RepliesInTheTopic()
    {
        await using var harness = await TelegramListenerHarness.StartAsync(Index);

        var reply = await harness.AskAsync(-1003, "/latest@OurBot", threadId: 55);

        Assert.Equal(55, reply.ThreadId);
    }

    [Fact]
    public async Task ChannelPost_Command_RepliesInTheChannel()
    {
        await using var harness = await TelegramListenerHarness.StartAsync(Index);

        harness.Fake.EnqueueChannelPost(-1004, "/latest 2");
        await harness.Fake.WaitForAsync(f => f.Sent.Any(m => m.ChatId == -1004), TelegramListenerHarness.Wait);

        Assert.Equal(Expected(new LatestCommand(2)), harness.Fake.Read(f => f.Sent.Single()).Text);
    }

    [Fact]
    public async Task Category_NoName_ListsCategoriesAsButtons()
    {
        await using var harness = await TelegramListenerHarness.StartAsync(Index);

        var reply = await harness.AskAsync(1, "/category");

        var labels = reply.Keyboard.SelectMany(r => r).Select(b => b.Text).ToList();
        Assert.Contains(labels, l => l.Contains("NLP", StringComparison.Ordinal) && l.Contains("10", StringComparison.Ordinal));
        Assert.Contains(labels, l => l.Contains("深度学习", StringComparison.Ordinal));
        Assert.All(reply.Keyboard.SelectMany(r => r), b => Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(b.CallbackData!), 1, 64));
    }

    [Theory]
    [InlineData("/category nlp", "NLP")]
    [InlineData("/category ＮＬＰ", "NLP")]
    [InlineData("/category 深度学习", "深度学习")]
    public async Task Category_Name_CaseAndWidthInsensitive_ListsThatCategory(string text, string category)
    {
        await using var harness = await TelegramListenerHarness.StartAsync(Index);

        var reply = await harness.AskAsync(2, text);

        Assert.Equal(Expected(new CategoryPostsCommand(category)), reply.Text);
        Assert.Contains("#" + category, reply.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Category_UnknownName_SuggestsClosestWithKeyboard()
    {
        await using var harness = await TelegramListenerHarness.StartAsync(Index);

        var reply = await harness.AskAsync(3, "/category nlpp");

        Assert.Contains("nlpp", reply.PlainText, StringComparison.Ordinal);
        Assert.Contains("NLP", reply.PlainText, StringComparison.Ordinal);
        Assert.NotEmpty(reply.Keyboard);
    }

    [Fact]
    public async Task Button_Older_EditsMessageInPlaceAndAnswers()
    {
        await using var harness = await TelegramListenerHarness.StartAsync(Index);
        var reply = await harness.AskAsync(4, "/latest");
        var older = reply.Keyboard[^1][^1];

        var answer = await harness.PressAsync(4, reply.MessageId, older.CallbackData!);

        Assert.Null(answer.Text);
        var edit = harness.Fake.Read(f => f.Edits.Single());
        Assert.Equal(reply.MessageId, edit.MessageId);
        Assert.Equal(Expected(new LatestCommand(5, 1)), edit.Text);
        Assert.Contains("‹ Newer", edit.Keyboard[^1][0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Button_Category_EditsMessageToThatCategory()
    {
        await using var harness = await TelegramListenerHarness.StartAsync(Index);
        var reply = await harness.AskAsync(5, "/category");
        var button = reply.Keyboard.SelectMany(r => r).First(b => b.Text.Contains("Rust", StringComparison.Ordinal));

        await harness.PressAsync(5, reply.MessageId, button.CallbackData!);

        Assert.Equal(Expected(new CategoryPostsCommand("Rust")), harness.Fake.Read(f => f.Edits.Single()).Text);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("c:zzzzzzzz:0")]
    public async Task Button_StaleOrUnknownPayload_AnswersWithShortNoticeAndNoEdit(string data)
    {
        await using var harness = await TelegramListenerHarness.StartAsync(Index);
        var reply = await harness.AskAsync(6, "/latest");

        var answer = await harness.PressAsync(6, reply.MessageId, data);

        Assert.Equal(TelegramTexts.StaleButton(ReplyLanguage.English), answer.Text);
        Assert.Empty(harness.Fake.Read(f => f.Edits.ToList()));
    }

    [Fact]
    public async Task Button_SamePageAgain_NotModifiedIgnoredAndAnswered()
    {
        await using var harness = await TelegramListenerHarness.StartAsync(Index);
        var reply = await harness.AskAsync(7, "/latest");
        var older = reply.Keyboard[^1][^1].CallbackData!;
        await harness.PressAsync(7, reply.MessageId, older);

        var answer = await harness.PressAsync(7, reply.MessageId, older);

        Assert.Null(answer.Text);
        Assert.Single(harness.Fake.Read(f => f.Edits.ToList()));
        Assert.Contains(harness.Fake.Read(f => f.Calls.ToList()), c => c.Error?.Description.Contains("not modified", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("zh-hans", TelegramLanguage.Auto, ReplyLanguage.Chinese)]
    [InlineData("zh", TelegramLanguage.Auto, ReplyLanguage.Chinese)]
    [InlineData("en", TelegramLanguage.Auto, ReplyLanguage.English)]
    [InlineData(null, TelegramLanguage.Auto, ReplyLanguage.English)]
    [InlineData("zh-hans", TelegramLanguage.En, ReplyLanguage.English)]
    [InlineData("de", TelegramLanguage.Zh, ReplyLanguage.Chinese)]
    public async Task Help_UserLanguageOrForced_RepliesInThatLanguage(string? code, TelegramLanguage setting, ReplyLanguage expected)
    {
        await using var harness = await TelegramListenerHarness.StartAsync(Index, o => o.Language = setting);

        var reply = await harness.AskAsync(8, "/help", code);

        Assert.Equal(Expected(new HelpCommand(), expected), reply.Text);
    }

    [Fact]
    public async Task Commands_ChatFloods_SlowedDownOnceThenSilentOtherChatsUnaffected()
    {
        await using var harness = await TelegramListenerHarness.StartAsync(Index);
        for (var i = 0; i < 8; i++)
        {
            harness.Fake.EnqueueMessage(9, "/help");
        }

        var other = await harness.AskAsync(10, "/help");
        await harness.Fake.WaitForAsync(f => f.Sent.Count(m => m.ChatId == 9) >= 6, TelegramListenerHarness.Wait);

        Assert.Equal(Expected(new HelpCommand()), other.Text);
        var flooded = harness.Fake.Read(f => f.Sent.Where(m => m.ChatId == 9).Select(m => m.Text).ToList());
        Assert.Equal(6, flooded.Count);
        Assert.Equal(TelegramTexts.SlowDown(ReplyLanguage.English), flooded[^1]);
    }

    [Fact]
    public async Task Command_ReplyFails_ApologisesAndKeepsListening()
    {
        await using var harness = await TelegramListenerHarness.StartAsync(Index);
        harness.Fake.FailNext("sendMessage", 1, FakeTelegramError.ServerError);

        var apology = await harness.AskAsync(11, "/latest");
        var next = await harness.AskAsync(11, "/help");

        Assert.Equal(TelegramTexts.Apology(ReplyLanguage.English), apology.Text);
        Assert.Equal(Expected(new HelpCommand()), next.Text);
        Assert.Contains("Bad Gateway", harness.Logs.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_ReplyRefusedWith429_WaitsRetryAfterAndIsSentOnce()
    {
        await using var harness = await TelegramListenerHarness.StartAsync(Index);
        harness.Fake.FailNext("sendMessage", 1, FakeTelegramError.TooManyRequests(3));

        var reply = await harness.AskAsync(12, "/help");

        Assert.Equal(Expected(new HelpCommand()), reply.Text);
        var sends = harness.Fake.Read(f => f.Calls.Where(c => c.Method == "sendMessage").Select(c => c.Error?.Code).ToList());
        Assert.Equal([429, null], sends);
        Assert.True(harness.SendClock.Elapsed >= TimeSpan.FromSeconds(3), $"resent after {harness.SendClock.Elapsed}");
    }
}
