using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Tests.Fakes.Telegram;

/// <summary>
/// <c>link_preview_options</c> as the Bot API reads it (LinkPreviewOptions: optional <c>is_disabled</c>,
/// <c>prefer_small_media</c>, <c>prefer_large_media</c>, <c>show_above_text</c> booleans and a <c>url</c> string): a
/// value that is not such an object is refused the way the Bot API refuses an unparsable JSON parameter.
/// </summary>
public static class FakeTelegramLinkPreview
{
    private static readonly string[] Flags = ["is_disabled", "prefer_small_media", "prefer_large_media", "show_above_text"];

    public static FakeTelegramError? Check(JsonNode? options)
    {
        if (options is null)
        {
            return null;
        }

        if (options is not JsonObject fields
            || Flags.Any(f => fields[f] is { } flag && flag.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
            || fields["url"] is { } url && url.GetValueKind() != JsonValueKind.String)
        {
            return new FakeTelegramError(400, "Bad Request: can't parse link preview options JSON object");
        }

        return null;
    }
}
