using Bot.Core.Commands;
using Bot.Core.Digests;
using Bot.Telegram;
using Bot.Tests.Fakes.Telegram;

namespace Bot.Tests.Telegram;

public sealed class TelegramAnnouncementRendererTests
{
    public static TheoryData<string> HostileTitles() =>
    [
        "<script>&copy; a < b",
        "**bold** _italic_ `code`",
        "Tom & Jerry \"quoted\" 'single' </b>",
        "🎉 Emoji 👩‍👩‍👧‍👦 🇨🇳 family",
        "مرحبا بالعالم \u202Eevil\u202C RTL",
        "深度学习：从入门到放弃 &amp; more",
        "&#60;not an entity&#62; &lt;",
    ];

    [Theory]
    [MemberData(nameof(HostileTitles))]
    public void Render_HostileTitle_ParsesAsTelegramHtmlAndShowsTitleLiterally(string title)
    {
        var post = TelegramTestPosts.Make(title: title, summary: title + " summary");

        var message = TelegramAnnouncementRenderer.Render(post);

        var (plain, error) = FakeTelegramHtml.Parse(message.Html);
        Assert.Null(error);
        Assert.StartsWith(title + "\n", plain, StringComparison.Ordinal);
        Assert.Contains(title + " summary", plain, StringComparison.Ordinal);
        Assert.EndsWith(post.Link, plain, StringComparison.Ordinal);
        Assert.Equal(plain!.Length, message.PlainLength);
    }

    [Fact]
    public void Render_Post_HasBoldLinkedTitleHashtagsDateSummaryAndLink()
    {
        var post = TelegramTestPosts.Make(title: "A & B", categories: ["NLP", "深度学习"], link: "https://blog.example/a?x=1&y=\"2\"");

        var message = TelegramAnnouncementRenderer.Render(post);

        Assert.StartsWith("<b><a href=\"https://blog.example/a?x=1&amp;y=&quot;2&quot;\">A &amp; B</a></b>\n#NLP #深度学习 · 2026-11-20\n\nA short summary.", message.Html, StringComparison.Ordinal);
        Assert.Equal(post.Link, message.PreviewUrl);
    }

    [Theory]
    [InlineData("NLP", "#NLP")]
    [InlineData("深度学习", "#深度学习")]
    [InlineData("Machine Learning", "#Machine_Learning")]
    [InlineData("C++", "#Cpp")]
    [InlineData("C#", "#CSharp")]
    [InlineData("F#", "#FSharp")]
    [InlineData("Google+", "#GooglePlus")]
    [InlineData("a-b.c/d", "#a_b_c_d")]
    [InlineData(".NET", "#DotNet")]
    [InlineData("🚀 Rockets", "#Rockets")]
    [InlineData("自然语言处理 NLP", "#自然语言处理_NLP")]
    [InlineData("Ünïcödé", "#Ünïcödé")]
    [InlineData("123", null)]
    [InlineData("🚀", null)]
    [InlineData("++", null)]
    [InlineData("  ", null)]
    public void Hashtag_CategoryName_BecomesOneTelegramHashtag(string category, string? expected)
    {
        Assert.Equal(expected, TelegramHashtags.Hashtag(category));
        if (expected is not null)
        {
            Assert.Equal([expected], FakeTelegramHashtags.Find(expected));
        }
    }

    [Fact]
    public void Render_CategoriesThatWouldCollideOrVanish_StayDistinctAndVisible()
    {
        var post = TelegramTestPosts.Make(categories: ["C#", "C++", "F#", "Cpp", "123", "🚀", "深度学习", "nlp", "NLP"]);

        var (plain, error) = FakeTelegramHtml.Parse(TelegramAnnouncementRenderer.Render(post).Html);

        Assert.Null(error);
        var line = plain!.Split('\n')[1];
        Assert.StartsWith("#CSharp #Cpp #FSharp Cpp 123 🚀 #深度学习 #nlp · ", line, StringComparison.Ordinal);
        Assert.Equal(["#CSharp", "#Cpp", "#FSharp", "#深度学习", "#nlp"], FakeTelegramHashtags.Find(line));
    }

    public static TheoryData<string, string> LongSummaries() => new()
    {
        { "ascii words", string.Concat(Enumerable.Repeat("lorem ipsum dolor ", 300)) },
        { "cjk", string.Concat(Enumerable.Repeat("深度学习自然语言处理", 500)) },
        { "emoji", string.Concat(Enumerable.Repeat("👩‍👩‍👧‍👦🎉", 1000)) },
        { "html-like", string.Concat(Enumerable.Repeat("<b>&amp; a < b ", 400)) },
    };

    [Theory]
    [MemberData(nameof(LongSummaries))]
    public void Render_LongSummary_ShortensSummaryKeepsLinkWithinLimit(string name, string summary)
    {
        Assert.NotEmpty(name);
        var post = TelegramTestPosts.Make(title: "Long one", summary: summary, link: "https://blog.example/" + new string('x', 300));

        var message = TelegramAnnouncementRenderer.Render(post);

        var (plain, error) = FakeTelegramHtml.Parse(message.Html);
        Assert.Null(error);
        Assert.InRange(plain!.Length, 3500, TelegramHtml.MaxMessageLength);
        Assert.EndsWith("…\n\n" + post.Link, plain, StringComparison.Ordinal);
        Assert.False(char.IsHighSurrogate(plain[plain.IndexOf('…', StringComparison.Ordinal) - 1]));
    }

    [Fact]
    public void Render_HugeTitle_StillWithinLimit()
    {
        var post = TelegramTestPosts.Make(title: new string('T', 10_000), summary: new string('s', 10_000));

        var message = TelegramAnnouncementRenderer.Render(post);

        Assert.Null(FakeTelegramHtml.Parse(message.Html).Error);
        Assert.InRange(message.PlainLength, 1, TelegramHtml.MaxMessageLength);
    }

    [Fact]
    public void RenderDigest_ManyPosts_SplitsIntoMessagesWithinLimitInOrder()
    {
        var posts = Enumerable.Range(0, 120).Select(i => TelegramTestPosts.Make(title: $"Post {i} " + new string('x', 60), link: $"https://blog.example/{i}")).ToList();

        var messages = TelegramDigestRenderer.Render(new Digest("Latest updates", [new DigestGroup("随笔", new DateOnly(2026, 1, 2),
            [.. posts.Select(p => new DigestEntry(p.Id, p.Title, p.Link, p.Date, ""))])]));

        Assert.True(messages.Count > 1);
        var plains = messages.Select(m => FakeTelegramHtml.Parse(m.Html)).ToList();
        Assert.All(plains, p => Assert.Null(p.Error));
        Assert.All(plains, p => Assert.InRange(p.Plain!.Length, 1, TelegramHtml.MaxMessageLength));
        var all = string.Concat(plains.Select(p => p.Plain));
        Assert.Equal(Enumerable.Range(0, 120).ToList(), Enumerable.Range(0, 120).OrderBy(i => all.IndexOf($"Post {i} ", StringComparison.Ordinal)).ToList());
        Assert.All(messages, m => Assert.Null(m.PreviewUrl));
    }

    [Fact]
    public void RenderDigest_OnePost_PreviewsIt()
    {
        var post = TelegramTestPosts.Make();

        var message = Assert.Single(TelegramDigestRenderer.Render(DigestComposer.Compose([post], ReplyLanguage.Chinese, new DigestOptions())));

        Assert.Equal(post.Link, message.PreviewUrl);
        Assert.StartsWith("<b>最新更新</b>", message.Html, StringComparison.Ordinal);
    }
}
