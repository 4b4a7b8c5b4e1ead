using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Delivery.LiveLink;

/// <summary>
/// A deployed blog on 127.0.0.1 (Kestrel, port 0): each path answers the statuses it was given, one per request, the
/// last one repeating (<see cref="DefaultStatus"/> for a path never given); <c>Redirect</c> paths answer 301 and <c>Hang</c> paths never answer.
/// </summary>
public sealed class FakeBlogSite : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, Queue<int>> scripts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> redirects = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> hanging = new(StringComparer.Ordinal);

    private FakeBlogSite()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.Run(HandleAsync);
    }

    public string Url { get; private set; } = "";

    public ConcurrentQueue<(string Path, string UserAgent)> Requests { get; } = new();

    /// <summary>What a path never given to <see cref="Answer"/> answers.</summary>
    public int DefaultStatus { get; set; } = 404;

    public static async Task<FakeBlogSite> StartAsync()
    {
        var site = new FakeBlogSite();
        await site.app.StartAsync();
        site.Url = site.app.Urls.First();
        return site;
    }

    public string Link(string path) => Url + path;

    public void Answer(string path, params int[] statuses) => scripts[path] = new Queue<int>(statuses);

    public void Redirect(string path, string to) => redirects[path] = to;

    public void Hang(string path) => hanging[path] = true;

    public int RequestsFor(string path) => Requests.Count(r => r.Path == path);

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        Requests.Enqueue((path, context.Request.Headers.UserAgent.ToString()));
        if (hanging.ContainsKey(path))
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        if (redirects.TryGetValue(path, out var target))
        {
            context.Response.Redirect(target);
            return;
        }

        context.Response.StatusCode = NextStatus(path);
        context.Response.ContentType = "text/html";
        await context.Response.WriteAsync(new string('x', 64 * 1024), context.RequestAborted); // more than the probe reads
    }

    private int NextStatus(string path)
    {
        if (!scripts.TryGetValue(path, out var script))
        {
            return DefaultStatus;
        }

        lock (script)
        {
            return script.Count > 1 ? script.Dequeue() : script.Peek();
        }
    }
}
