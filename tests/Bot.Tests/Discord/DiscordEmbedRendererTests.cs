using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Discord;
using Bot.Discord.Models;
using Bot.Discord.Serialization;
using Bot.DiscordAdapter;
using Bot.Tests.Fakes.Discord;

namespace Bot.Tests.Discord;

public sealed class DiscordEmbedRendererTests
{
    [Theory]
    [InlineData("mentions")]
    [InlineData("markdown")]
    [InlineData("long-summary")]
    [InlineData("long-title")]
    [InlineData("cjk")]
    [InlineData("many-categories")]
    [InlineData("empty-summary")]
    public void Announcement_HostilePost_WithinEveryDocumentedLimit(string kind)
    {
        var post = DiscordTestPosts.Hostile(kind);

        var embed = DiscordEmbedRenderer.Announcement(post);

        var errors = FakeDiscordMessageValidator.Validate(Body([embed]), 0);
        Assert.False(errors.Any, errors.ToString());
        Assert.InRange(embed.Title!.Length, 1, 256);
        Assert.InRange(embed.Description?.Length ?? 0, 0, 4096);
        Assert.InRange(DiscordEmbedRenderer.CountedCharacters([embed]), 1, 6000);
        Assert.Equal(post.Link, embed.Url);
        Assert.Equal(post.Date, embed.Timestamp);
    }

    [Theory]
    [InlineData(DiscordCoverStyle.Image, true, false)]
    [InlineData(DiscordCoverStyle.Thumbnail, false, true)]
    [InlineData(DiscordCoverStyle.Off, false, false)]
    public void Announcement_PostWithCover_ShownAsTheStyleSays(DiscordCoverStyle style, bool image, bool thumbnail)
    {
        const string Cover = "https://blog.example/images/cover.png";
        var post = DiscordTestPosts.Make(1) with { Cover = Cover };

        var embed = DiscordEmbedRenderer.Messages([post], style)[0][0];

        Assert.Equal(image ? Cover : null, embed.Image?.Url);
        Assert.Equal(thumbnail ? Cover : null, embed.Thumbnail?.Url);
        var errors = FakeDiscordMessageValidator.Validate(Body([embed]), 0);
        Assert.False(errors.Any, errors.ToString());
    }

    [Fact]
    public void Announcement_PostWithoutCover_HasNoImage()
    {
        var embed = DiscordEmbedRenderer.Announcement(DiscordTestPosts.Make(1));

        Assert.Null(embed.Image);
        Assert.Null(embed.Thumbnail);
    }

    [Fact]
    public void Announcement_LinkOverUrlLimit_EndsTheDescriptionInstead()
    {
        var link = "https://blog.example/" + new string('x', 2100) + "_a_*b*";
        var post = DiscordTestPosts.Hostile("long-summary") with { Link = link };

        var embed = DiscordEmbedRenderer.Announcement(post);

        Assert.Null(embed.Url);
        Assert.EndsWith("…\n\n" + link, embed.Description, StringComparison.Ordinal);
        Assert.InRange(embed.Description!.Length, 3000, 4096);
        var errors = FakeDiscordMessageValidator.Validate(Body([embed]), 0);
        Assert.False(errors.Any, errors.ToString());
    }

    [Fact]
    public void Announcement_MentionsAndMarkdown_Escaped()
    {
        var embed = DiscordEmbedRenderer.Announcement(DiscordTestPosts.Hostile("mentions"));
        var markdown = DiscordEmbedRenderer.Announcement(DiscordTestPosts.Hostile("markdown"));

        Assert.StartsWith("\\@everyone look \\<\\@&123\\>", embed.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("<@&123>", embed.Description, StringComparison.Ordinal);
        Assert.StartsWith("\\*\\*Bold\\*\\*", markdown.Title, StringComparison.Ordinal);
        Assert.StartsWith("\\# Heading\n\\> quote\n\\- list\n\\`\\`\\`", markdown.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Announcement_LongSummary_CutWithEllipsisUnderTheLimit()
    {
        var embed = DiscordEmbedRenderer.Announcement(DiscordTestPosts.Hostile("long-summary"));

        Assert.EndsWith("…", embed.Description, StringComparison.Ordinal);
        Assert.True(embed.Description!.Length > 3000, "the description uses the room it has");
    }

    [Fact]
    public void Announcement_Categories_FooterAndFirstCategoryColour()
    {
        var post = DiscordTestPosts.Hostile("cjk");

        var embed = DiscordEmbedRenderer.Announcement(post);

        Assert.Equal("机器学习 · ＮＬＰ · 随笔", embed.Footer!.Text);
        Assert.Equal(DiscordCategoryColor.For("机器学习"), embed.Color);
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(10, 1, 10)]
    [InlineData(23, 3, 3)]
    public void Messages_Digest_AtMostTenEmbedsAnd6000CharactersEach(int posts, int expectedMessages, int lastCount)
    {
        var digest = Enumerable.Range(1, posts).Select(n => DiscordTestPosts.Make(n, summary: new string('长', 3000))).ToList();

        var messages = DiscordEmbedRenderer.Messages(digest);

        Assert.Equal(expectedMessages, messages.Count);
        Assert.Equal(lastCount, messages[^1].Count);
        Assert.All(messages, m => Assert.False(FakeDiscordMessageValidator.Validate(Body(m), 0).Any));
        Assert.Equal(posts, messages.Sum(m => m.Count));
    }

    private static JsonObject Body(IReadOnlyList<Embed> embeds) =>
        JsonNode.Parse(JsonSerializer.Serialize(new MessageCreateRequest { Embeds = embeds, AllowedMentions = AllowedMentions.None }, DiscordJsonContext.Wire.MessageCreateRequest))!.AsObject();
}
