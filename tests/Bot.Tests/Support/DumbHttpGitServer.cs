using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Support;

/// <summary>
/// Serves a bare repository over git's "dumb" HTTP protocol (plain files) on 127.0.0.1 behind Basic authentication,
/// as a private forge does: 401 with a challenge unless the request carries the one accepted user name and password.
/// </summary>
public sealed class DumbHttpGitServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string bareRepository;
    private readonly string acceptedAuthorization;

    private DumbHttpGitServer(WebApplication app, string bareRepository, string userName, string password)
    {
        this.app = app;
        this.bareRepository = bareRepository;
        acceptedAuthorization = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(userName + ":" + password));
    }

    public ConcurrentQueue<string> AuthorizationHeaders { get; } = new();

    /// <summary>The repository's URL without credentials: <c>http://127.0.0.1:port/blog.git</c>.</summary>
    public string Url { get; private set; } = "";

    /// <param name="bareRepository">A bare repository on which <c>git update-server-info</c> has run.</param>
    public static async Task<DumbHttpGitServer> StartAsync(string bareRepository, string userName, string password)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var server = new DumbHttpGitServer(builder.Build(), bareRepository, userName, password);
        server.app.Run(server.ServeAsync);
        await server.app.StartAsync();
        var address = server.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Url = address.TrimEnd('/') + "/blog.git";
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task ServeAsync(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.Length > 0)
        {
            AuthorizationHeaders.Enqueue(authorization);
        }

        if (authorization != acceptedAuthorization)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"git\"";
            return;
        }

        var relative = context.Request.Path.Value!.Replace("/blog.git/", "", StringComparison.Ordinal);
        var file = Path.GetFullPath(Path.Combine(bareRepository, relative));
        if (!file.StartsWith(bareRepository, StringComparison.Ordinal) || !File.Exists(file))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = "application/octet-stream";
        await context.Response.SendFileAsync(file);
    }
}
