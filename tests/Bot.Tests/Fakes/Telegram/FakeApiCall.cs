using System.Text.Json.Nodes;

namespace Bot.Tests.Fakes.Telegram;

/// <summary>One request the fake received: the method and its parameters, plus the error it answered, if any.</summary>
public sealed record FakeApiCall(string Method, JsonObject Parameters, FakeTelegramError? Error);
