using System.Text.Json.Nodes;

namespace Bot.Tests.Fakes.Discord;

/// <summary>An interaction the fake dispatched, waiting for (or answered by) its one callback.</summary>
/// <param name="Id">Interaction id.</param>
/// <param name="Token">Interaction token, part of the callback URL.</param>
/// <param name="Type">Interaction type: 2 command, 3 component, 4 autocomplete.</param>
/// <param name="DispatchedAt">When the fake sent it, on the fake's clock.</param>
/// <param name="Payload">The INTERACTION_CREATE <c>d</c> object.</param>
public sealed record FakeInteraction(string Id, string Token, int Type, DateTimeOffset DispatchedAt, JsonObject Payload)
{
    /// <summary>Discord invalidates the token when no initial response arrives within this time.</summary>
    public static readonly TimeSpan ResponseDeadline = TimeSpan.FromSeconds(3);

    public bool Acknowledged { get; set; }
}
