using System.Text.Json.Nodes;
using static Bot.Tests.Fakes.Telegram.FakeRequestParameters;

namespace Bot.Tests.Fakes.Telegram;

/// <summary>
/// sendPhoto by URL, with the Bot API's checks: a <c>photo</c> is required and must be an http(s) URL (the fake does
/// not download it; a string that is not one is read as an unknown file id), the caption is at most 1,024 characters
/// after entity parsing, and the chat rules and rate limits of sendMessage apply.
/// </summary>
public sealed partial class FakeBotApi
{
    public const int MaxCaptionLength = 1024;

    private (JsonNode?, FakeTelegramError?) SendPhoto(JsonObject p)
    {
        lock (gate)
        {
            if (ResolveChat(p) is not { } chat)
            {
                return (null, new FakeTelegramError(400, "Bad Request: chat_id is empty"));
            }

            if (kicked.Contains(chat))
            {
                return (null, FakeTelegramError.Kicked(chat > 0 ? "private" : ChatType(chat)));
            }

            if (migrated.TryGetValue(chat, out var newChat))
            {
                return (null, FakeTelegramError.Upgraded(newChat));
            }

            if (Text(p, "photo") is not { Length: > 0 } photo)
            {
                return (null, new FakeTelegramError(400, "Bad Request: there is no photo in the request"));
            }

            if (!Uri.TryCreate(photo, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            {
                return (null, new FakeTelegramError(400, "Bad Request: wrong file identifier/HTTP URL specified"));
            }

            var caption = Text(p, "caption") ?? "";
            var plain = caption;
            if (string.Equals(Text(p, "parse_mode"), "HTML", StringComparison.OrdinalIgnoreCase))
            {
                var (parsed, error) = FakeTelegramHtml.Parse(caption);
                if (error is not null)
                {
                    return (null, new FakeTelegramError(400, "Bad Request: can't parse entities: " + error));
                }

                plain = parsed!;
            }

            if (plain.Length > MaxCaptionLength)
            {
                return (null, new FakeTelegramError(400, "Bad Request: message caption is too long"));
            }

            if (RateLimit(chat) is { } tooMany)
            {
                return (null, tooMany);
            }

            var message = new FakeSentMessage(
                chat, nextMessageId++, caption, plain, Text(p, "parse_mode"), (int?)Number(p, "message_thread_id"),
                Flag(p, "disable_notification"), null, null, [], photo);
            Sent.Add(message);
            messages[(chat, message.MessageId)] = message;
            var json = MessageJson(message);
            json.Remove("text");
            json["caption"] = plain;
            json["photo"] = new JsonArray(new JsonObject { ["file_id"] = "photo-" + message.MessageId, ["file_unique_id"] = "u" + message.MessageId, ["width"] = 1280, ["height"] = 720 });
            return (json, null);
        }
    }
}
