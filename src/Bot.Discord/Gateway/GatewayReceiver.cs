using System.Text.Json;
using Bot.Discord.Serialization;

namespace Bot.Discord.Gateway;

/// <summary>Reads a connection's messages in order and acts on each opcode.</summary>
/// <remarks>https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-opcodes</remarks>
internal static class GatewayReceiver
{
    public static async Task<ConnectionEnd> RunAsync(GatewayConnection connection, CancellationToken token)
    {
        while (true)
        {
            var message = await connection.ReceiveMessageAsync(token);
            if (message.IsClose)
            {
                return ConnectionEnd.FromClose(message.CloseCode, message.CloseReason);
            }

            if (GatewayConnection.Parse(message.Payload) is not { } payload)
            {
                continue;
            }

            if (await HandleAsync(connection, payload, token) is { } end)
            {
                return end;
            }
        }
    }

    private static async Task<ConnectionEnd?> HandleAsync(GatewayConnection connection, GatewayPayload payload, CancellationToken token)
    {
        switch (payload.Op)
        {
            case GatewayOpcode.Dispatch:
                await DispatchAsync(connection, payload, token);
                return null;

            // https://discord.com/developers/docs/events/gateway-events#heartbeat: a requested heartbeat goes out at once.
            case GatewayOpcode.Heartbeat:
                await connection.HeartbeatNowAsync(token);
                return null;

            // https://discord.com/developers/docs/events/gateway-events#heartbeat-ack
            case GatewayOpcode.HeartbeatAck:
                connection.Acknowledge();
                return null;

            // https://discord.com/developers/docs/events/gateway-events#reconnect
            case GatewayOpcode.Reconnect:
                return new ConnectionEnd(ConnectionEndKind.Resume, "Discord asked to reconnect (op 7)");

            // https://discord.com/developers/docs/events/gateway-events#invalid-session
            case GatewayOpcode.InvalidSession:
                return payload.D is { ValueKind: JsonValueKind.True }
                    ? new ConnectionEnd(ConnectionEndKind.Resume, "invalid session, resumable (op 9, d true)")
                    : new ConnectionEnd(ConnectionEndKind.NewSession, "invalid session, not resumable (op 9, d false)") { InvalidSession = true };

            default:
                return null;
        }
    }

    private static async Task DispatchAsync(GatewayConnection connection, GatewayPayload payload, CancellationToken token)
    {
        var session = connection.Session;
        if (payload.S is { } sequence)
        {
            session.Track(sequence);
        }

        var data = payload.D ?? default;
        if (payload.T == GatewayDispatch.Ready && ReadReady(data) is { } ready)
        {
            session.Start(ready);
            connection.MarkSessionReached();
            connection.Report(new(GatewayStatusKind.Ready, $"ready: session {ready.SessionId}, application {ready.Application?.Id}, user {ready.User?.Username}"));
        }
        else if (payload.T == GatewayDispatch.Resumed)
        {
            connection.MarkSessionReached();
            connection.Report(new(GatewayStatusKind.Resumed, $"resumed session {session.SessionId} at sequence {session.Sequence}"));
        }

        if (payload.T is { } type)
        {
            await connection.DispatchAsync(new GatewayDispatch(type, payload.S, data.ValueKind == JsonValueKind.Undefined ? default : data.Clone()), token);
        }
    }

    private static ReadyData? ReadReady(JsonElement data)
    {
        try
        {
            return data.ValueKind == JsonValueKind.Object ? data.Deserialize(DiscordJsonContext.Default.ReadyData) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
