using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Bot.Tests.Fakes.Discord;

/// <summary>
/// The server side of one gateway connection: Hello, heartbeat ACKs, Identify → READY, Resume → replay + RESUMED,
/// and the close codes Discord uses for bad version, bad token, oversized payloads and send floods.
/// </summary>
public sealed class FakeGatewayProtocol(FakeDiscordServer server, FakeDiscordGateway gateway, FakeGatewayConnection connection)
{
    private const int MaxPayloadBytes = 4096;
    private const int MaxSendsPerMinute = 120;
    private readonly Queue<DateTimeOffset> sends = new();

    public async Task RunAsync(IQueryCollection query)
    {
        if (query["v"] != "10")
        {
            await connection.CloseAsync(4012, "Invalid API version.");
            return;
        }

        if (query["encoding"] != "json")
        {
            await connection.CloseAsync(4002, "Decode error.");
            return;
        }

        await connection.SendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = gateway.HeartbeatIntervalMs } });
        while (await connection.ReceiveAsync() is { } text)
        {
            if (!await HandleAsync(text))
            {
                return;
            }
        }
    }

    private async Task<bool> HandleAsync(string text)
    {
        if (System.Text.Encoding.UTF8.GetByteCount(text) > MaxPayloadBytes || JsonNode.Parse(text) is not JsonObject payload)
        {
            await connection.CloseAsync(4002, "Decode error.");
            return false;
        }

        var op = payload["op"]?.GetValue<int>() ?? -1;
        server.Store.Record(new GatewayFrame(connection.Number, FromClient: true, op, payload));
        var now = server.Time.GetUtcNow();
        sends.Enqueue(now);
        while (sends.Peek() <= now - TimeSpan.FromMinutes(1))
        {
            sends.Dequeue();
        }

        if (sends.Count > MaxSendsPerMinute)
        {
            await connection.CloseAsync(4008, "Rate limited.");
            return false;
        }

        switch (op)
        {
            case 1:
                await connection.SendAsync(new JsonObject { ["op"] = 11 });
                return true;
            case 2:
                return await IdentifyAsync(payload["d"] as JsonObject ?? []);
            case 6:
                return await ResumeAsync(payload["d"] as JsonObject ?? []);
            case 3 or 4 or 8:
                return true;
            default:
                await connection.CloseAsync(4001, "Unknown opcode.");
                return false;
        }
    }

    private async Task<bool> IdentifyAsync(JsonObject identify)
    {
        if (identify["token"]?.GetValue<string>() != server.Token)
        {
            await connection.CloseAsync(4004, "Authentication failed.");
            return false;
        }

        if (connection.Session is not null)
        {
            await connection.CloseAsync(4005, "Already authenticated.");
            return false;
        }

        if (identify["intents"] is null)
        {
            await connection.CloseAsync(4013, "Invalid intent(s).");
            return false;
        }

        var session = gateway.NewSession(connection);
        connection.Session = session;
        var ready = new JsonObject
        {
            ["v"] = 10,
            ["user"] = server.BotUserJson(),
            ["guilds"] = new JsonArray(),
            ["session_id"] = session.Id,
            ["resume_gateway_url"] = server.ResumeGatewayUrl,
            ["shard"] = new JsonArray(0, 1),
            ["application"] = new JsonObject { ["id"] = server.ApplicationId, ["flags"] = 0 },
        };
        await connection.SendAsync(session.Append("READY", ready));
        server.Store.Change(() => { });
        return true;
    }

    private async Task<bool> ResumeAsync(JsonObject resume)
    {
        var session = gateway.FindSession(resume["session_id"]?.GetValue<string>());
        if (session is null || resume["token"]?.GetValue<string>() != server.Token)
        {
            await connection.SendAsync(new JsonObject { ["op"] = 9, ["d"] = false });
            return true;
        }

        connection.Session = session;
        session.Connection = connection;
        foreach (var missed in session.After(resume["seq"]?.GetValue<int>() ?? 0))
        {
            await connection.SendAsync(missed);
        }

        await connection.SendAsync(session.Append("RESUMED", new JsonObject()));
        server.Store.Change(() => { });
        return true;
    }
}
