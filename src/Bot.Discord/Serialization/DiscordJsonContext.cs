using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Bot.Discord.Gateway;
using Bot.Discord.Models;

namespace Bot.Discord.Serialization;

/// <summary>Source-generated serialization for every wire type; nulls are omitted as Discord expects.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(MessageCreateRequest))]
[JsonSerializable(typeof(WebhookExecuteRequest))]
[JsonSerializable(typeof(DiscordMessage))]
[JsonSerializable(typeof(DiscordUser))]
[JsonSerializable(typeof(DiscordApplication))]
[JsonSerializable(typeof(DiscordChannel))]
[JsonSerializable(typeof(GuildMember))]
[JsonSerializable(typeof(IReadOnlyList<GuildRole>))]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(InteractionCallback))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommand>))]
[JsonSerializable(typeof(DiscordErrorBody))]
[JsonSerializable(typeof(RateLimitBody))]
[JsonSerializable(typeof(GatewayBotResponse))]
[JsonSerializable(typeof(GatewayPayload))]
[JsonSerializable(typeof(HelloData))]
[JsonSerializable(typeof(ReadyData))]
[JsonSerializable(typeof(IdentifyData))]
[JsonSerializable(typeof(ResumeData))]
public sealed partial class DiscordJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The context this library writes with: CJK and emoji go out as UTF-8 rather than \u escapes, which keeps bodies
    /// small and readable. The output is sent to an API, never embedded in HTML.
    /// </summary>
    public static DiscordJsonContext Wire { get; } = new(new JsonSerializerOptions
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
