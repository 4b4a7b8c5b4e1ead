using Bot.ConsoleChannel;
using Bot.Core.Channels;
using Bot.Core.Publishing;
using Bot.Tests.TestSupport;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.ConsoleChannel;

public sealed class ConsoleChannelSenderTests
{
    private static DeliveryRequest Request(long id, string postId) => new(
        id, $"d{id}-k", new ChannelOptions { Name = "控制台" }, DeliveryKind.Announcement,
        [TestPosts.Make(postId, TestPosts.Start, categories: ["深度学习", "NLP"])]);

    [Fact]
    public async Task SendAsync_Announcement_PrintsCategoryTitleDateSummaryLinkAndConfirms()
    {
        using var output = new StringWriter();
        using var sender = new ConsoleChannelSender(output, Options.Create(new ConsoleChannelOptions()), TimeProvider.System);

        var result = await sender.SendAsync(Request(7, "p1"), CancellationToken.None);

        Assert.Equal(DeliveryResult.Sent("console-1"), result);
        Assert.Equal(
            """
            === [控制台] post p1 (d7-k)
              Category: 深度学习 / NLP
              Title:    标题 p1
              Date:     2026-03-01 12:00 +08:00
              Summary:  摘要 p1 🚀
              Link:     https://blog.example/p1/

            """.ReplaceLineEndings(), output.ToString());
    }

    [Fact]
    public async Task SendAsync_PostWithCover_PrintsTheCoverUrlAfterTheLink()
    {
        using var output = new StringWriter();
        using var sender = new ConsoleChannelSender(output, Options.Create(new ConsoleChannelOptions()), TimeProvider.System);
        var post = TestPosts.Make("p1", TestPosts.Start) with { Cover = "https://blog.example/p1/cover.png" };

        await sender.SendAsync(new DeliveryRequest(7, "d7-k", new ChannelOptions { Name = "c" }, DeliveryKind.Announcement, [post]), CancellationToken.None);

        Assert.EndsWith("  Link:     https://blog.example/p1/\n  Cover:    https://blog.example/p1/cover.png\n".ReplaceLineEndings(), output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_WithMinInterval_SecondMessageWaitsForTheClock()
    {
        var time = new FakeTimeProvider(TestPosts.Start);
        using var output = new StringWriter();
        using var sender = new ConsoleChannelSender(output, Options.Create(new ConsoleChannelOptions { MinInterval = TimeSpan.FromSeconds(1) }), time);
        await sender.SendAsync(Request(1, "p1"), CancellationToken.None);

        var second = sender.SendAsync(Request(2, "p2"), CancellationToken.None);
        Assert.False(second.IsCompleted);
        Assert.DoesNotContain("p2", output.ToString(), StringComparison.Ordinal);
        time.Advance(TimeSpan.FromSeconds(1));
        await second.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Contains("post p2", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_Digest_PrintsHeaderThenDigestLayout()
    {
        using var output = new StringWriter();
        using var sender = new ConsoleChannelSender(output, Options.Create(new ConsoleChannelOptions()), TimeProvider.System);
        var posts = new[]
        {
            TestPosts.Make("p1", TestPosts.Start, categories: ["深度学习"]),
            TestPosts.Make("p2", TestPosts.Start.AddDays(-1), categories: ["NLP"]),
        };

        await sender.SendAsync(new DeliveryRequest(9, "d9-k", new ChannelOptions { Name = "控制台" }, DeliveryKind.Digest, posts), CancellationToken.None);

        Assert.Equal(
            """
            === [控制台] digest of 2 posts (d9-k)
            LATEST UPDATES
            深度学习
            2026-03-01
            标题 p1: 摘要 p1 🚀 — https://blog.example/p1/
            NLP
            2026-02-28
            标题 p2: 摘要 p2 🚀 — https://blog.example/p2/

            """.ReplaceLineEndings(), output.ToString());
    }
}
