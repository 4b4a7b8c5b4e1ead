using Bot.Http;
using Bot.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Http;

/// <summary>Real HTTP to a server that answers badly: each failure is bounded in memory and time and reads as one line.</summary>
[Collection(MemoryMeasuringCollection.Name)]
public sealed class BoundedHttpHandlerTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task SendAsync_FiftyMegabyteAnswer_FailsAtTheCapWithBoundedAllocation()
    {
        await using var server = await BadHttpServer.StartAsync(BadAnswer.Oversized);
        using var http = Client(HttpAnswerLimit.ApiCall, TimeProvider.System);

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var failure = await Assert.ThrowsAsync<HttpAnswerException>(() => http.GetAsync(new Uri(server.BaseUrl)).WaitAsync(Wait));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal("answer larger than 1 MiB", failure.Message);
        // Reading the whole answer would allocate at least its 50 MB; the cap keeps it to the 1 MiB buffer and its growth.
        Assert.True(allocated < 8 * HttpAnswerLimit.MiB, $"allocated {allocated:N0} bytes while reading a {BadHttpServer.OversizedBytes:N0}-byte answer");
    }

    [Fact]
    public async Task SendAsync_TricklingAnswer_FailsAtTheDeadlineWithOneLine()
    {
        await using var server = await BadHttpServer.StartAsync(BadAnswer.Trickle);
        var time = new FakeTimeProvider();
        using var http = Client(HttpAnswerLimit.ApiCall, time);

        var call = http.GetAsync(new Uri(server.BaseUrl));
        await server.FirstTrickle.WaitAsync(Wait);
        time.Advance(HttpAnswerLimit.ApiCall.Timeout);
        var failure = await Assert.ThrowsAsync<HttpAnswerException>(() => call.WaitAsync(Wait));

        Assert.StartsWith("no answer within 30 s", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_ConnectionCutOff_SaysHowMuchArrived()
    {
        await using var server = await BadHttpServer.StartAsync(BadAnswer.CutOff);
        using var http = Client(HttpAnswerLimit.ApiCall, TimeProvider.System);

        var failure = await Assert.ThrowsAsync<HttpAnswerException>(() => http.GetAsync(new Uri(server.BaseUrl)).WaitAsync(Wait));

        Assert.Equal("connection closed after 11 of 1,000 bytes", failure.Message);
    }

    [Theory]
    [InlineData(BadAnswer.HtmlBadGateway, "HTTP 502 with an HTML page")]
    [InlineData(BadAnswer.NotJson, "the answer is not JSON (9 bytes)")]
    public async Task SendAsync_ApiAnswerNotJson_SaysWhatCame(BadAnswer answer, string expected)
    {
        await using var server = await BadHttpServer.StartAsync(answer);
        using var http = Client(HttpAnswerLimit.ApiCall, TimeProvider.System);

        var failure = await Assert.ThrowsAsync<HttpAnswerException>(() => http.GetAsync(new Uri(server.BaseUrl)).WaitAsync(Wait));

        Assert.Equal(expected, failure.Message);
    }

    [Fact]
    public async Task SendAsync_PageProbeNotJson_IsHandedOn()
    {
        await using var server = await BadHttpServer.StartAsync(BadAnswer.HtmlBadGateway);
        using var http = Client(new HttpAnswerLimit(64 * 1024, TimeSpan.FromSeconds(10), ExpectJson: false), TimeProvider.System);

        using var response = await http.GetAsync(new Uri(server.BaseUrl)).WaitAsync(Wait);

        Assert.Equal(502, (int)response.StatusCode);
        Assert.Contains("Bad Gateway", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static HttpClient Client(HttpAnswerLimit limit, TimeProvider time) =>
        new(new BoundedHttpHandler(limit, time, new SocketsHttpHandler())) { Timeout = Timeout.InfiniteTimeSpan };
}
