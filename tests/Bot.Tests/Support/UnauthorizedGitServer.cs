using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Support;

/// <summary>
/// A git smart-HTTP host on 127.0.0.1 that refuses every request with 401, as a forge does for a wrong or revoked
/// token. It records the Authorization headers it was sent.
/// </summary>
public sealed class UnauthorizedGitServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private UnauthorizedGitServer(WebApplication app) => this.app = app;

    public ConcurrentQueue<string> AuthorizationHeaders { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public static async Task<UnauthorizedGitServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var server = new UnauthorizedGitServer(builder.Build());
        server.app.Run(context =>
        {
            if (context.Request.Headers.Authorization.ToString() is { Length: > 0 } authorization)
            {
                server.AuthorizationHeaders.Enqueue(authorization);
            }

            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"git\"";
            return Task.CompletedTask;
        });
        await server.app.StartAsync();
        var address = server.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = address.TrimEnd('/');
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
