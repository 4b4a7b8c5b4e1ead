using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Fakes;

/// <summary>How <see cref="BadHttpServer"/> answers.</summary>
public enum BadAnswer
{
    /// <summary>50 MB of JSON-looking bytes, chunked (no length announced), for as long as the client reads.</summary>
    Oversized,

    /// <summary>Headers and one byte, then nothing until the client gives up.</summary>
    Trickle,

    /// <summary>Announces 1,000 bytes, sends 11, then closes the connection (served by <see cref="CutOffHttpServer"/>).</summary>
    CutOff,

    /// <summary>HTTP 502 with a proxy's HTML page.</summary>
    HtmlBadGateway,

    /// <summary>HTTP 200 with 9 bytes of text.</summary>
    NotJson,
}

/// <summary>
/// An in-process HTTP server on 127.0.0.1 (Kestrel, port 0) that answers every request badly in one chosen way, for
/// the bounded-answer tests. Counts requests and says when the trickle's first byte has left.
/// </summary>
internal sealed class BadHttpServer : IAsyncDisposable
{
    public const long OversizedBytes = 50L * 1000 * 1000;

    private readonly WebApplication app;
    private readonly ConcurrentQueue<TaskCompletionSource> trickleStarted = new();
    private CutOffHttpServer? cutOff;
    private int requests;

    private BadHttpServer(BadAnswer answer)
    {
        Answer = answer;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.Run(HandleAsync);
        FirstTrickle = NextTrickle();
    }

    public BadAnswer Answer { get; set; }

    public string BaseUrl { get; private set; } = "";

    public int Requests => Volatile.Read(ref requests) + (cutOff?.Requests ?? 0);

    /// <summary>Completes when the first trickling answer has sent its first byte.</summary>
    public Task FirstTrickle { get; }

    public static async Task<BadHttpServer> StartAsync(BadAnswer answer)
    {
        var server = new BadHttpServer(answer);
        await server.app.StartAsync();
        server.BaseUrl = server.app.Urls.First();
        if (answer == BadAnswer.CutOff)
        {
            server.cutOff = CutOffHttpServer.Start();
            server.BaseUrl = server.cutOff.BaseUrl;
        }

        return server;
    }

    /// <summary>Completes when the next trickling answer (after those already seen) has sent its first byte.</summary>
    public Task NextTrickle()
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        trickleStarted.Enqueue(signal);
        return signal.Task;
    }

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref requests);
        var aborted = context.RequestAborted;
        var response = context.Response;

        // Read what the client sent first: closing a socket with unread data makes Linux reset it, losing the answer.
        await context.Request.Body.CopyToAsync(Stream.Null, aborted);
        switch (Answer)
        {
            case BadAnswer.Oversized:
                response.ContentType = "application/json";
                var chunk = new byte[64 * 1024];
                Array.Fill(chunk, (byte)' ');
                chunk[0] = (byte)'[';
                for (long sent = 0; sent < OversizedBytes && !aborted.IsCancellationRequested; sent += chunk.Length)
                {
                    await response.Body.WriteAsync(chunk, aborted);
                    chunk[0] = (byte)' ';
                }

                break;
            case BadAnswer.Trickle:
                response.ContentType = "application/json";
                response.ContentLength = 1000;
                await response.Body.WriteAsync("{"u8.ToArray(), aborted);
                await response.Body.FlushAsync(aborted);
                if (trickleStarted.TryDequeue(out var started))
                {
                    started.TrySetResult();
                }

                await Task.Delay(Timeout.Infinite, aborted);
                break;
            case BadAnswer.HtmlBadGateway:
                response.StatusCode = 502;
                response.ContentType = "text/html";
                await response.WriteAsync("<html><body><h1>502 Bad Gateway</h1></body></html>", aborted);
                break;
            default:
                response.ContentType = "text/plain";
                await response.WriteAsync("not json!", aborted);
                break;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (cutOff is not null)
        {
            await cutOff.DisposeAsync();
        }

        await app.StopAsync();
        await app.DisposeAsync();
    }
}
