using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Bot.Tests.Fakes.Discord;

namespace Bot.Tests.Discord;

/// <summary>A bare HTTP client for the fake's self-tests: Discord's headers, JSON in, status and JSON out.</summary>
public sealed class FakeDiscordClient(FakeDiscordServer server) : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };

    public string? Token { get; set; } = server.Token;

    public string UserAgent { get; set; } = "DiscordBot (https://example.org/bot, 1.0)";

    public async Task<(int Status, JsonNode? Body, HttpResponseMessage Response)> SendAsync(HttpMethod method, string path, JsonNode? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        if (Token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", Token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response);
    }

    public Task<(int Status, JsonNode? Body, HttpResponseMessage Response)> PostAsync(string path, JsonNode body) =>
        SendAsync(HttpMethod.Post, path, body);

    public void Dispose() => http.Dispose();
}
