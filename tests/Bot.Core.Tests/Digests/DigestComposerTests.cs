using Bot.Core.Commands;
using Bot.Core.Digests;
using Bot.Core.Posts;
using Bot.Core.Text;

namespace Bot.Core.Tests.Digests;

public sealed class DigestComposerTests
{
    private static readonly DigestOptions Options = new();

    private static Post MakePost(string id, string date, string summary = "s", params string[] categories) => new()
    {
        Id = id,
        Source = $"{id}.md",
        Title = $"Title {id}",
        Date = DateTimeOffset.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
        Categories = categories,
        Link = $"https://blog.example/{id}/",
        Summary = summary,
        ContentHash = id,
    };

    [Theory]
    [InlineData(ReplyLanguage.English, "Latest updates")]
    [InlineData(ReplyLanguage.Chinese, "最新更新")]
    public void Compose_NoPosts_IsEmptyWithHeading(ReplyLanguage language, string heading)
    {
        var digest = DigestComposer.Compose([], language, Options);

        Assert.True(digest.IsEmpty);
        Assert.Equal(heading, digest.Heading);
        Assert.Equal(0, digest.EntryCount);
    }

    [Fact]
    public void Compose_PostInTwoCategories_AppearsOnceUnderItsFirst()
    {
        var posts = new[]
        {
            MakePost("a", "2026-01-02T10:00:00+08:00", "s", "深度学习", "NLP"),
            MakePost("b", "2026-01-01T10:00:00+08:00", "s", "NLP"),
        };

        var digest = DigestComposer.Compose(posts, ReplyLanguage.English, Options);

        Assert.Equal(["深度学习", "NLP"], digest.Groups.Select(g => g.Category));
        Assert.Equal(["a"], digest.Groups[0].Entries.Select(e => e.PostId));
        Assert.Equal(["b"], digest.Groups[1].Entries.Select(e => e.PostId));
        Assert.Equal(2, digest.EntryCount);
    }

    [Fact]
    public void Compose_Groups_OrderedByNewestPostAndEntriesNewestFirst()
    {
        var posts = new[]
        {
            MakePost("old-python", "2026-01-01T00:00:00Z", "s", "Python"),
            MakePost("nlp", "2026-01-03T00:00:00Z", "s", "NLP"),
            MakePost("new-python", "2026-01-05T00:00:00Z", "s", "python"),
            MakePost("dup", "2026-01-04T00:00:00Z", "s", "NLP"),
            MakePost("dup", "2026-01-04T00:00:00Z", "s", "NLP"),
        };

        var digest = DigestComposer.Compose(posts, ReplyLanguage.English, Options);

        Assert.Equal(["python", "NLP"], digest.Groups.Select(g => g.Category));
        Assert.Equal(["new-python", "old-python"], digest.Groups[0].Entries.Select(e => e.PostId));
        Assert.Equal(["dup", "nlp"], digest.Groups[1].Entries.Select(e => e.PostId));
    }

    [Theory]
    [InlineData("2026-01-11T00:30:00+08:00", "2026-01-11")]
    [InlineData("2026-01-10T23:59:00-05:00", "2026-01-10")]
    [InlineData("2026-01-10T16:30:00+00:00", "2026-01-10")]
    public void Compose_GroupDate_IsNewestPostDateInItsOwnOffset(string date, string expected)
    {
        var posts = new[] { MakePost("new", date, "s", "A"), MakePost("old", "2025-06-01T00:00:00Z", "s", "A") };

        var group = Assert.Single(DigestComposer.Compose(posts, ReplyLanguage.English, Options).Groups);

        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), group.Date);
    }

    [Theory]
    [InlineData(120)]
    [InlineData(20)]
    public void Compose_LongSummary_ShortenedToSummaryLength(int length)
    {
        var summary = string.Concat(Enumerable.Repeat("深度学习 [代码] 👨‍👩‍👧‍👦 ", 100));
        var posts = new[] { MakePost("a", "2026-01-01T00:00:00Z", summary, "A") };

        var entry = DigestComposer.Compose(posts, ReplyLanguage.English, new DigestOptions { SummaryLength = length }).Groups[0].Entries[0];

        Assert.Equal(TextShortener.Shorten(summary, length), entry.Summary);
        Assert.True(TextShortener.GraphemeCount(entry.Summary) <= length);
        Assert.EndsWith(TextShortener.Ellipsis, entry.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReplyLanguage.English, "Uncategorized")]
    [InlineData(ReplyLanguage.Chinese, "未分类")]
    public void Compose_PostWithoutCategory_GoesUnderUncategorized(ReplyLanguage language, string expected)
    {
        var digest = DigestComposer.Compose([MakePost("a", "2026-01-01T00:00:00Z", "")], language, Options);

        Assert.Equal(expected, Assert.Single(digest.Groups).Category);
        Assert.Equal("", digest.Groups[0].Entries[0].Summary);
    }
}
