using Bot.Cli;
using Bot.Core.Publishing;
using Bot.Delivery.LiveLink;
using Bot.Storage;
using Microsoft.Extensions.Logging;
using static Bot.Tests.TestSupport.TestPosts;

namespace Bot.Tests.Delivery.LiveLink;

/// <summary>The first announcement of a post waits for its link: real HTTP to a local site, a fake clock for the backoff.</summary>
public sealed class LiveLinkWaitTests
{
    private static readonly DateTimeOffset Earlier = Start.AddDays(-10);

    [Fact]
    public async Task Worker_Link404ThenTwoHundred_AnnouncedOncePerChannelAfterItAnswers200WithOneProbePerPost()
    {
        await using var site = await FakeBlogSite.StartAsync();
        site.Answer("/b/", 404, 503, 404, 200);
        await using var harness = new LiveLinkHarness(new PublishingOptions { RetryJitter = 0 }, "one", "two");
        var a = Make("a", Earlier) with { Link = site.Link("/a/") };
        var b = Make("b", Start) with { Link = site.Link("/b/") };
        await harness.ScanAsync(a);
        await harness.StartAsync();

        await harness.ScanAsync(a, b);
        var probes = new List<LinkChecked> { await harness.NextProbeAsync() };
        while (probes[^1].Outcome == LinkCheckOutcome.Waiting)
        {
            Assert.Empty(harness.Sender.Requests);
            harness.AdvanceTo(probes[^1]);
            probes.Add(await harness.NextProbeAsync());
        }

        var attempts = new[] { await harness.NextAttemptAsync(), await harness.NextAttemptAsync() };

        Assert.Equal(["404", "503", "404", "200"], probes.Select(p => p.Answer.Text));
        Assert.Equal([Start.AddSeconds(5), Start.AddSeconds(15), Start.AddSeconds(35)], probes.Take(3).Select(p => p.NextCheck!.Value));
        Assert.Equal(LinkCheckOutcome.Live, probes[^1].Outcome);
        Assert.Equal(Start.AddSeconds(35), harness.Time.GetUtcNow());
        Assert.Equal(4, site.RequestsFor("/b/"));
        Assert.All(site.Requests, r => Assert.Equal(LiveLinkProbe.UserAgent, r.UserAgent));
        Assert.StartsWith("Bot/", LiveLinkProbe.UserAgent, StringComparison.Ordinal);
        Assert.Equal(["one", "two"], attempts.Select(x => x.Channel).Order());
        Assert.All(attempts, x => Assert.Equal((DeliveryOutcome.Sent, "b"), (x.Outcome, x.PostId)));
        Assert.Equal(2, harness.Sender.Requests.Count);
        Assert.All(harness.Rows, r => Assert.Equal("sent", r.Status));

        harness.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(4, site.RequestsFor("/b/"));
        Assert.Equal(2, harness.Sender.Requests.Count);
    }

    [Fact]
    public async Task Worker_LinkNeverLive_AnnouncedAtTheTimeoutWithWarningAndStatusNote()
    {
        await using var site = await FakeBlogSite.StartAsync();
        var timeout = TimeSpan.FromMinutes(2);
        await using var harness = new LiveLinkHarness(new PublishingOptions { RetryJitter = 0, LiveLinkTimeout = timeout }, "one");
        var a = Make("a", Earlier) with { Link = site.Link("/a/") };
        var b = Make("b", Start) with { Link = site.Link("/b/") };
        await harness.ScanAsync(a);
        await harness.StartAsync();

        await harness.ScanAsync(a, b);
        var probes = new List<LinkChecked> { await harness.NextProbeAsync() };
        while (probes[^1].Outcome == LinkCheckOutcome.Waiting)
        {
            Assert.Empty(harness.Sender.Requests);
            harness.AdvanceTo(probes[^1]);
            probes.Add(await harness.NextProbeAsync());
        }

        var attempt = await harness.NextAttemptAsync();
        using var status = new StringWriter();
        await LiveLinkStatusSection.WriteAsync(harness.Checks, status);

        Assert.Equal(LinkCheckOutcome.TimedOut, probes[^1].Outcome);
        Assert.Equal(Start + timeout, harness.Time.GetUtcNow());
        Assert.Equal([5, 15, 35, 75, 120], probes.SkipLast(1).Select(p => (p.NextCheck!.Value - Start).TotalSeconds));
        Assert.Equal((DeliveryOutcome.Sent, "b"), (attempt.Outcome, attempt.PostId));
        var warning = Assert.Single(harness.Logs.GetSnapshot(), l => l.Level == LogLevel.Warning);
        Assert.Contains($"its link {b.Link} still answered 404 after 00:02:00 (Publishing:LiveLinkTimeout, 6 checks); announcing it anyway", warning.Message, StringComparison.Ordinal);
        Assert.Equal(
            $"Live links{Environment.NewLine}  announced without a live link: b: {b.Link} still answered 404 at 2026-03-01 04:02:00 UTC after 6 checks (Publishing:LiveLinkTimeout){Environment.NewLine}",
            status.ToString());
    }

    [Fact]
    public async Task Worker_RestartWhileWaiting_ResumesTheStoredWaitWithoutANewWindow()
    {
        await using var site = await FakeBlogSite.StartAsync();
        await using var harness = new LiveLinkHarness(new PublishingOptions { RetryJitter = 0 }, "one");
        var a = Make("a", Earlier) with { Link = site.Link("/a/") };
        var b = Make("b", Start) with { Link = site.Link("/b/") };
        await harness.ScanAsync(a);
        await harness.StartAsync();
        await harness.ScanAsync(a, b);
        var probe = await harness.NextProbeAsync();
        while (probe.NextCheck < Start.AddMinutes(20))
        {
            harness.AdvanceTo(probe);
            probe = await harness.NextProbeAsync();
        }

        var before = harness.Checks.Find("b")!;
        await harness.RestartAsync();
        using (var status = new StringWriter())
        {
            await LiveLinkStatusSection.WriteAsync(harness.Checks, status);
            Assert.Contains($"  waiting: b: {b.Link} answered 404 ({before.Checks} checks since 2026-03-01 04:00:00 UTC; next 2026-03-01 04:20:", status.ToString(), StringComparison.Ordinal);
        }

        harness.AdvanceTo(probe);
        var resumed = new List<LinkChecked> { await harness.NextProbeAsync() };
        while (resumed[^1].Outcome == LinkCheckOutcome.Waiting)
        {
            harness.AdvanceTo(resumed[^1]);
            resumed.Add(await harness.NextProbeAsync());
        }

        var attempt = await harness.NextAttemptAsync();

        Assert.Equal(before.FirstCheck, harness.Checks.Find("b")!.FirstCheck);
        Assert.Equal(probe.NextCheck + TimeSpan.FromMinutes(1), resumed[0].NextCheck); // the backoff goes on at 1 min, not 5 s
        Assert.Equal(LinkCheckOutcome.TimedOut, resumed[^1].Outcome);
        Assert.Equal(Start.AddMinutes(30), harness.Time.GetUtcNow());
        Assert.Equal(before.Checks + resumed.Count, harness.Checks.Find("b")!.Checks);
        Assert.Equal(site.RequestsFor("/b/"), harness.Checks.Find("b")!.Checks);
        Assert.Equal((DeliveryOutcome.Sent, "b"), (attempt.Outcome, attempt.PostId));
        Assert.Single(harness.Sender.Requests);
    }

    [Fact]
    public async Task Worker_LaterPostBehindAWaitingOne_SentRightAfterItInTheSameWindow()
    {
        await using var site = await FakeBlogSite.StartAsync();
        var timeout = TimeSpan.FromMinutes(2);
        await using var harness = new LiveLinkHarness(new PublishingOptions { RetryJitter = 0, LiveLinkTimeout = timeout }, "one");
        var a = Make("a", Earlier) with { Link = site.Link("/a/") };
        var b = Make("b", Start.AddMinutes(-2)) with { Link = site.Link("/b/") };
        var c = Make("c", Start.AddMinutes(-1)) with { Link = site.Link("/c/") };
        await harness.ScanAsync(a);
        await harness.StartAsync();

        await harness.ScanAsync(a, b, c);
        var probe = await harness.NextProbeAsync();
        while (probe.PostId == "b" && probe.Outcome == LinkCheckOutcome.Waiting)
        {
            harness.AdvanceTo(probe);
            probe = await harness.NextProbeAsync();
        }

        var first = await harness.NextAttemptAsync();
        var cProbe = await harness.NextProbeAsync();
        var second = await harness.NextAttemptAsync();

        Assert.Equal(["b", "c"], new[] { first.PostId, second.PostId });
        Assert.Equal(("c", LinkCheckOutcome.TimedOut), (cProbe.PostId, cProbe.Outcome));
        Assert.Equal(1, site.RequestsFor("/c/"));
        Assert.Equal(Start + timeout, harness.Time.GetUtcNow());
    }
}
