using System.Net;
using System.Text;

namespace Bot.Benchmarks.DiscordLibrary;

/// <summary>Answers like Discord without a network: 204 for interaction callbacks, a message with roomy rate-limit headers otherwise.</summary>
internal sealed class InMemoryDiscordHandler : HttpMessageHandler
{
    private static readonly byte[] Message = Encoding.UTF8.GetBytes("""{"id":"1234567890","channel_id":"42","content":""}""");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri!.AbsolutePath.EndsWith("/callback", StringComparison.Ordinal))
        {
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NoContent));
        }

        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(Message) };
        response.Content.Headers.ContentType = new("application/json");
        response.Headers.TryAddWithoutValidation("X-RateLimit-Bucket", "abcd1234");
        response.Headers.TryAddWithoutValidation("X-RateLimit-Remaining", "4");
        response.Headers.TryAddWithoutValidation("X-RateLimit-Reset-After", "0.001");
        return Task.FromResult(response);
    }
}
