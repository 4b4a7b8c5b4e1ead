using Microsoft.Extensions.Configuration;

namespace Bot.Checks;

/// <summary>The two <c>Discord</c> keys the check needs, read straight from settings (their validation is the Settings check's job).</summary>
public sealed record DiscordSettings(string? Token, Uri ApiBaseUrl)
{
    public const string DefaultApiBaseUrl = "https://discord.com/api";

    public bool HasToken => !string.IsNullOrWhiteSpace(Token);

    public static DiscordSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var token = configuration["Discord:Token"];
        var baseUrl = configuration["Discord:ApiBaseUrl"] is { Length: > 0 } configured ? configured : DefaultApiBaseUrl;
        return new DiscordSettings(string.IsNullOrWhiteSpace(token) ? null : token.Trim(), new Uri(baseUrl.TrimEnd('/') + "/"));
    }
}
