using System.Net;
using System.Net.Sockets;
using Bot.Delivery.LiveLink;

namespace Bot.Tests.Delivery.LiveLink;

public sealed class LiveLinkProbeTests
{
    [Fact]
    public async Task AskAsync_RedirectToALivePage_FollowsItAndAnswers200WithTheBotsUserAgent()
    {
        await using var site = await FakeBlogSite.StartAsync();
        site.Redirect("/old/", "/new/");
        site.Answer("/new/", 200);
        using var probe = new LiveLinkProbe();

        var answer = await probe.AskAsync(new Uri(site.Link("/old/")), CancellationToken.None);

        Assert.Equal((200, true), (answer.StatusCode, answer.IsLive));
        Assert.Equal(["/old/", "/new/"], site.Requests.Select(r => r.Path));
        Assert.All(site.Requests, r => Assert.Matches(@"^Bot/\d+\.\d+\.\d+ \(\+link check\)$", r.UserAgent));
    }

    [Fact]
    public async Task AskAsync_ServerNeverAnswers_NoAnswerWithinTheRequestTimeout()
    {
        await using var site = await FakeBlogSite.StartAsync();
        site.Hang("/slow/");
        using var probe = new LiveLinkProbe(TimeSpan.FromMilliseconds(300));

        var answer = await probe.AskAsync(new Uri(site.Link("/slow/")), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal((null, false, "no answer within 0.3 s"), (answer.StatusCode, answer.IsLive, answer.Text));
    }

    [Fact]
    public async Task AskAsync_NothingListening_AnswersWithTheReasonInsteadOfThrowing()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var probe = new LiveLinkProbe();

        var answer = await probe.AskAsync(new Uri($"http://127.0.0.1:{port}/post/"), CancellationToken.None);

        Assert.Null(answer.StatusCode);
        Assert.False(answer.IsLive);
        Assert.DoesNotContain('\n', answer.Text);
        Assert.NotEmpty(answer.Text);
    }
}
