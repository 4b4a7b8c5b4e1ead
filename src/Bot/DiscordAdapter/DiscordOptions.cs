using System.ComponentModel.DataAnnotations;
using Bot.Discord;

namespace Bot.DiscordAdapter;

/// <summary>
/// The <c>Discord</c> settings section. Without a token only webhook channels work and no commands are served.
/// Validation messages name the key and never repeat the token.
/// </summary>
public sealed class DiscordOptions : IValidatableObject
{
    public const string SectionName = "Discord";
    public const string DefaultApiBaseUrl = "https://discord.com/api";

    /// <summary>Bot token from the Developer Portal, without the <c>Bot </c> prefix. A secret: never printed.</summary>
    public string? Token { get; set; }

    /// <summary>Application id (snowflake); when empty it is read from the gateway's READY.</summary>
    public string? ApplicationId { get; set; }

    /// <summary>Guilds to register the commands in (instant); empty registers them globally.</summary>
    public List<string> GuildIds { get; set; } = [];

    /// <summary>REST root without the version (the client adds <c>/v10</c>); for tests and proxies.</summary>
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>Gateway URL (<c>wss://…</c>); empty asks <c>GET /gateway/bot</c>.</summary>
    public string? GatewayUrl { get; set; }

    /// <summary>Serve <c>/latest</c>, <c>/category</c> and <c>/help</c> as slash commands (needs <see cref="Token"/>).</summary>
    public bool Commands { get; set; } = true;

    /// <summary>Where an announcement shows the post's cover: the embed's <c>image</c> (default), <c>thumbnail</c>, or not at all.</summary>
    public DiscordCoverStyle CoverStyle { get; set; } = DiscordCoverStyle.Image;

    public bool HasToken => !string.IsNullOrWhiteSpace(Token);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Token is { } token && token.Length > 0 && (token.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase) || token.Any(char.IsWhiteSpace)))
        {
            yield return new ValidationResult("Discord:Token must be the bare bot token: no 'Bot ' prefix, no spaces or line breaks.", [nameof(Token)]);
        }

        if (!string.IsNullOrEmpty(ApplicationId) && !IsSnowflake(ApplicationId))
        {
            yield return new ValidationResult($"Discord:ApplicationId '{ApplicationId}' is not a Discord id (digits only).", [nameof(ApplicationId)]);
        }

        for (var i = 0; i < GuildIds.Count; i++)
        {
            if (!IsSnowflake(GuildIds[i]))
            {
                yield return new ValidationResult($"Discord:GuildIds:{i} '{GuildIds[i]}' is not a Discord id (digits only).", [nameof(GuildIds)]);
            }
        }

        if (!Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
        {
            yield return new ValidationResult($"Discord:ApiBaseUrl '{ApiBaseUrl}' must be an absolute http(s) URL.", [nameof(ApiBaseUrl)]);
        }

        if (!Enum.IsDefined(CoverStyle))
        {
            yield return new ValidationResult($"Discord:CoverStyle '{(int)CoverStyle}' is not one of Image, Thumbnail, Off.", [nameof(CoverStyle)]);
        }

        if (!string.IsNullOrEmpty(GatewayUrl)
            && (!Uri.TryCreate(GatewayUrl, UriKind.Absolute, out var gateway) || (gateway.Scheme != Uri.UriSchemeWss && gateway.Scheme != Uri.UriSchemeWs)))
        {
            yield return new ValidationResult($"Discord:GatewayUrl '{GatewayUrl}' must be an absolute ws(s) URL.", [nameof(GatewayUrl)]);
        }
    }

    public override string ToString() =>
        $"ApiBaseUrl = {ApiBaseUrl}, Token = {(HasToken ? "(set, redacted)" : "(none)")}, Commands = {Commands}";

    private static bool IsSnowflake(string value) => value.Length is > 0 and <= 20 && value.All(char.IsAsciiDigit);
}
