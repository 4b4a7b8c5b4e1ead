using Bot.Core.Commands;
using Bot.Core.Digests;

namespace Bot.Core.Tests.Digests;

public sealed class DigestTextFormatterTests
{
    [Theory]
    [InlineData(ReplyLanguage.English, "expected-en.txt")]
    [InlineData(ReplyLanguage.Chinese, "expected-zh.txt")]
    public void Format_FixturePosts_MatchesGolden(ReplyLanguage language, string golden)
    {
        var digest = DigestComposer.Compose(DigestFixtures.LoadPosts(), language, new DigestOptions { SummaryLength = 60 });

        var text = DigestTextFormatter.Format(digest);

        Assert.Equal(DigestFixtures.ReadExpected(golden), text);
    }

    [Fact]
    public void Format_EntryWithLineBreaks_StaysOnOneLine()
    {
        var digest = new Digest("Latest updates", [new DigestGroup("A\nB", new DateOnly(2026, 3, 1),
            [new DigestEntry("p", "Title\r\nwith break", "https://x.example/p", DateTimeOffset.UnixEpoch, "one\n\ntwo   three")])]);

        Assert.Equal("LATEST UPDATES\nA B\n2026-03-01\nTitle with break: one two three — https://x.example/p\n", DigestTextFormatter.Format(digest));
    }
}
