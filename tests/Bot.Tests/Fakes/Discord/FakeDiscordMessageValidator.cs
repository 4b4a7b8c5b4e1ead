using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Tests.Fakes.Discord;

/// <summary>
/// Checks a message body (Create Message, Execute Webhook, interaction message callback) against the documented
/// limits, which are stricter than the OpenAPI schema: content 2000, 10 embeds, 6000 embed characters in total.
/// </summary>
public static class FakeDiscordMessageValidator
{
    public const int SuppressEmbeds = 1 << 2;
    public const int Ephemeral = 1 << 6;
    public const int SuppressNotifications = 1 << 12;
    public const int IsVoiceMessage = 1 << 13;
    public const int IsComponentsV2 = 1 << 15;

    private static readonly string[] MentionTypes = ["users", "roles", "everyone"];

    public static FakeDiscordFormErrors Validate(JsonObject body, int allowedFlags)
    {
        var errors = new FakeDiscordFormErrors();
        errors.MaxLength(body["content"], "content", 2000);
        ValidateNonce(body["nonce"], errors);
        var embeds = body["embeds"] as JsonArray;
        errors.MaxItems(embeds, "embeds", 10);
        var total = 0;
        for (var i = 0; embeds is not null && i < embeds.Count; i++)
        {
            total += FakeDiscordEmbedValidator.Validate(embeds[i] as JsonObject ?? [], string.Create(CultureInfo.InvariantCulture, $"embeds.{i}"), errors);
        }

        if (total > 6000)
        {
            errors.Add("embeds", "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000");
        }

        ValidateAllowedMentions(body["allowed_mentions"], errors);
        FakeDiscordComponentValidator.Validate(body["components"] as JsonArray, errors);
        var flags = body["flags"]?.GetValue<int>() ?? 0;
        if ((flags & ~allowedFlags) != 0)
        {
            errors.Add("flags", "MESSAGE_FLAGS_INVALID", "Invalid message flags.");
        }

        return errors;
    }

    /// <summary>True when the message has nothing to show (Discord answers 50006).</summary>
    public static bool IsEmpty(JsonObject body) =>
        string.IsNullOrWhiteSpace(body["content"]?.GetValue<string>())
        && (body["embeds"] as JsonArray ?? []).Count == 0
        && (body["components"] as JsonArray ?? []).Count == 0;

    private static void ValidateNonce(JsonNode? nonce, FakeDiscordFormErrors errors)
    {
        if (nonce is null)
        {
            return;
        }

        var text = nonce.GetValueKind() == JsonValueKind.Number ? nonce.ToJsonString() : nonce.GetValue<string>();
        if (text.Length > 25)
        {
            errors.Add("nonce", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
        }
    }

    private static void ValidateAllowedMentions(JsonNode? node, FakeDiscordFormErrors errors)
    {
        if (node is not JsonObject mentions)
        {
            return;
        }

        var parse = mentions["parse"] as JsonArray ?? [];
        for (var i = 0; i < parse.Count; i++)
        {
            if (!MentionTypes.Contains(parse[i]?.GetValue<string>()))
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"allowed_mentions.parse.{i}"), "BASE_TYPE_CHOICES", "Value must be one of ('roles', 'users', 'everyone').");
            }
        }

        errors.MaxItems(mentions["roles"] as JsonArray, "allowed_mentions.roles", 100);
        errors.MaxItems(mentions["users"] as JsonArray, "allowed_mentions.users", 100);
    }
}
