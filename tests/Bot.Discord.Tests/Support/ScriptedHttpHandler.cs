using System.Net;
using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Discord.Tests.Support;

/// <summary>
/// Answers each request from a script (in order), then from <see cref="Fallback"/>; records every request with the
/// fake time it arrived so tests can prove how long the limiter held it back.
/// </summary>
internal sealed class ScriptedHttpHandler(FakeTimeProvider time) : HttpMessageHandler
{
    private readonly Queue<Func<RecordedRequest, HttpResponseMessage>> _script = new();
    private readonly Channel<RecordedRequest> _arrivals = Channel.CreateUnbounded<RecordedRequest>();
    private readonly List<RecordedRequest> _requests = [];

    public Func<RecordedRequest, HttpResponseMessage> Fallback { get; set; } =
        _ => Json(HttpStatusCode.OK, """{"id":"900","channel_id":"1"}""");

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public void Enqueue(HttpStatusCode status, string body, params (string Name, string Value)[] headers) =>
        Enqueue(_ => Json(status, body, headers));

    public void Enqueue(Func<RecordedRequest, HttpResponseMessage> respond)
    {
        lock (_script)
        {
            _script.Enqueue(respond);
        }
    }

    public async Task<RecordedRequest> NextArrivalAsync() =>
        await _arrivals.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

    public static HttpResponseMessage Json(HttpStatusCode status, string body, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(
            request.Method,
            request.RequestUri!,
            request.Headers.TryGetValues("Authorization", out var auth) ? auth.Single() : null,
            request.Headers.TryGetValues("User-Agent", out var agent) ? string.Join(' ', agent) : null,
            request.Content?.Headers.ContentType?.MediaType,
            body,
            time.GetUtcNow());
        lock (_requests)
        {
            _requests.Add(recorded);
        }

        Func<RecordedRequest, HttpResponseMessage> respond;
        lock (_script)
        {
            respond = _script.Count > 0 ? _script.Dequeue() : Fallback;
        }

        await _arrivals.Writer.WriteAsync(recorded, cancellationToken);
        return respond(recorded);
    }
}
