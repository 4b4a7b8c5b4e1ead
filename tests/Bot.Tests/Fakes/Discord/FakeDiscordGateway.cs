using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Bot.Tests.Fakes.Discord;

/// <summary>
/// The fake gateway: accepts WebSockets at <c>/gateway</c> (and the resume URL), speaks the protocol through
/// <see cref="FakeGatewayProtocol"/>, and gives tests controls: op 7, op 9, close with a code, drop, dispatch.
/// </summary>
public sealed class FakeDiscordGateway(FakeDiscordServer server)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, FakeGatewaySession> sessions = new(StringComparer.Ordinal);
    private readonly List<FakeGatewayConnection> open = [];
    private readonly List<string> connectionPaths = [];
    private FakeGatewaySession? latest;

    /// <summary>Hello's <c>heartbeat_interval</c> in milliseconds.</summary>
    public int HeartbeatIntervalMs { get; set; } = 41_250;

    /// <summary>Path and query of every connection, in order (e.g. <c>/resume-gateway?v=10&amp;encoding=json</c>).</summary>
    public IReadOnlyList<string> ConnectionPaths
    {
        get
        {
            lock (gate)
            {
                return [.. connectionPaths];
            }
        }
    }

    public int IdentifyCount => server.Store.Frames.Count(f => f.FromClient && f.Op == 2);

    public int ResumeCount => server.Store.Frames.Count(f => f.FromClient && f.Op == 6);

    /// <summary>True when a session is live on an open connection (after READY or RESUMED).</summary>
    public bool HasLiveSession
    {
        get
        {
            lock (gate)
            {
                return latest?.Connection is not null;
            }
        }
    }

    public async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        FakeGatewayConnection connection;
        lock (gate)
        {
            connectionPaths.Add(context.Request.Path + context.Request.QueryString);
            connection = new FakeGatewayConnection(socket, connectionPaths.Count, server.Store);
            open.Add(connection);
        }

        server.Store.Change(() => { });
        try
        {
            await new FakeGatewayProtocol(server, this, connection).RunAsync(context.Request.Query);
        }
        finally
        {
            Detach(connection);
        }
    }

    public Task SendReconnectAsync() => Current().SendAsync(new JsonObject { ["op"] = 7, ["d"] = null });

    public Task SendInvalidSessionAsync(bool resumable) => Current().SendAsync(new JsonObject { ["op"] = 9, ["d"] = resumable });

    public Task CloseAsync(int code, string reason = "closed by test") => Current().CloseAsync(code, reason);

    /// <summary>Breaks the current connection without a close frame.</summary>
    public void Drop() => Current().Abort();

    /// <summary>Sends a dispatch on the newest session; while the bot is away it is kept and replayed on resume.</summary>
    public async Task DispatchAsync(string eventName, JsonNode data)
    {
        FakeGatewaySession session;
        lock (gate)
        {
            session = latest ?? throw new InvalidOperationException("No gateway session: the bot has not identified.");
        }

        var payload = session.Append(eventName, data);
        if (session.Connection is { } connection)
        {
            await connection.SendAsync(payload);
        }
    }

    /// <summary>Registers the interaction for its one callback and dispatches INTERACTION_CREATE.</summary>
    public async Task<FakeInteraction> DispatchInteractionAsync(JsonObject interaction)
    {
        var registered = new FakeInteraction(
            interaction["id"]!.GetValue<string>(),
            interaction["token"]!.GetValue<string>(),
            interaction["type"]!.GetValue<int>(),
            server.Time.GetUtcNow(),
            interaction);
        server.Store.Change(() => server.Store.Interactions[registered.Id] = registered);
        await DispatchAsync("INTERACTION_CREATE", interaction.DeepClone());
        return registered;
    }

    internal FakeGatewaySession NewSession(FakeGatewayConnection connection)
    {
        var session = new FakeGatewaySession(Convert.ToHexStringLower(Guid.NewGuid().ToByteArray())) { Connection = connection };
        lock (gate)
        {
            sessions[session.Id] = session;
            latest = session;
        }

        return session;
    }

    internal FakeGatewaySession? FindSession(string? sessionId)
    {
        lock (gate)
        {
            return sessionId is null ? null : sessions.GetValueOrDefault(sessionId);
        }
    }

    internal void DropAll()
    {
        lock (gate)
        {
            open.ForEach(c => c.Abort());
        }
    }

    private void Detach(FakeGatewayConnection connection)
    {
        server.Store.Change(() =>
        {
            lock (gate)
            {
                open.Remove(connection);
                if (connection.Session is { } session && session.Connection == connection)
                {
                    session.Connection = null;
                }
            }
        });
    }

    private FakeGatewayConnection Current()
    {
        lock (gate)
        {
            return open.LastOrDefault() ?? throw new InvalidOperationException("No open gateway connection.");
        }
    }
}
