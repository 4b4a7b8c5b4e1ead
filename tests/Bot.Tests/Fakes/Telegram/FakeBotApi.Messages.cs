using System.Text;
using System.Text.Json.Nodes;
using static Bot.Tests.Fakes.Telegram.FakeRequestParameters;

namespace Bot.Tests.Fakes.Telegram;

/// <summary>sendMessage, editMessageText and the small methods, with Telegram's checks and errors.</summary>
public sealed partial class FakeBotApi
{
    public const int MaxTextLength = 4096;

    private readonly Dictionary<long, long> migrated = [];
    private readonly HashSet<long> kicked = [];
    private readonly HashSet<long> channelChats = [];
    private readonly Dictionary<long, string> botStatuses = [];
    private readonly Dictionary<string, long> usernames = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<long, List<DateTimeOffset>> sendTimes = [];
    private readonly List<DateTimeOffset> botSendTimes = [];
    private readonly Dictionary<(long Chat, int Id), FakeSentMessage> messages = [];
    private int nextMessageId = 100;

    /// <summary>The chat id the fake gave a <c>@username</c> target.</summary>
    public long ChatIdOf(string username)
    {
        lock (gate)
        {
            if (!usernames.TryGetValue(username, out var id))
            {
                id = -1001000000000 - usernames.Count;
                usernames[username] = id;
            }

            return id;
        }
    }

    /// <summary><paramref name="chatId"/> is a broadcast channel: getChat answers type <c>channel</c>.</summary>
    public void MakeChannel(long chatId)
    {
        lock (gate)
        {
            channelChats.Add(chatId);
        }
    }

    /// <summary>getChatMember for the bot in <paramref name="chatId"/> answers this status (<c>member</c>, <c>left</c>) instead of an administrator.</summary>
    public void SetBotStatus(long chatId, string status)
    {
        lock (gate)
        {
            botStatuses[chatId] = status;
        }
    }

    private static string ChatType(long chatId) => chatId > 0 ? "private" : chatId <= -1000000000000 ? "supergroup" : "group";

    private static JsonObject Chat(long chatId) => chatId > 0
        ? new JsonObject { ["id"] = chatId, ["type"] = "private", ["first_name"] = "Reader" }
        : new JsonObject { ["id"] = chatId, ["type"] = ChatType(chatId), ["title"] = "Chat " + chatId };

    private JsonObject BotUser() => new()
    {
        ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "Blog Bot", ["username"] = BotUsername,
        ["can_join_groups"] = true, ["can_read_all_group_messages"] = false, ["supports_inline_queries"] = false,
    };

    private long? ResolveChat(JsonObject p)
    {
        var raw = Text(p, "chat_id");
        return raw is null ? null : raw.StartsWith('@') ? ChatIdOf(raw) : Number(p, "chat_id");
    }

    private (JsonNode?, FakeTelegramError?) SendMessage(JsonObject p)
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

            var (plain, keyboard, error) = CheckContent(p);
            if (error is not null)
            {
                return (null, error);
            }

            if (RateLimit(chat) is { } tooMany)
            {
                return (null, tooMany);
            }

            var message = new FakeSentMessage(
                chat, nextMessageId++, Text(p, "text")!, plain!, Text(p, "parse_mode"), (int?)Number(p, "message_thread_id"),
                Flag(p, "disable_notification"), (int?)Number(p["reply_parameters"]?.AsObject() ?? [], "message_id"),
                p["link_preview_options"]?.DeepClone(), keyboard!);
            Sent.Add(message);
            messages[(chat, message.MessageId)] = message;
            return (MessageJson(message), null);
        }
    }

    private (JsonNode?, FakeTelegramError?) EditMessageText(JsonObject p)
    {
        lock (gate)
        {
            var key = (ResolveChat(p) ?? 0, (int)(Number(p, "message_id") ?? 0));
            if (!messages.TryGetValue(key, out var existing))
            {
                return (null, new FakeTelegramError(400, "Bad Request: message to edit not found"));
            }

            var (plain, keyboard, error) = CheckContent(p);
            if (error is not null)
            {
                return (null, error);
            }

            var edited = existing with { Text = Text(p, "text")!, PlainText = plain!, ParseMode = Text(p, "parse_mode"), Keyboard = keyboard! };
            if (edited.Text == existing.Text && SameKeyboard(edited.Keyboard, existing.Keyboard))
            {
                return (null, new FakeTelegramError(400, "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message"));
            }

            messages[key] = edited;
            Edits.Add(edited);
            return (MessageJson(edited), null);
        }
    }

    private (JsonNode?, FakeTelegramError?) AnswerCallbackQuery(JsonObject p)
    {
        lock (gate)
        {
            var text = Text(p, "text");
            if (text is { Length: > 200 })
            {
                return (null, new FakeTelegramError(400, "Bad Request: MESSAGE_TOO_LONG"));
            }

            CallbackAnswers.Add(new FakeCallbackAnswer(Text(p, "callback_query_id") ?? "", text, Flag(p, "show_alert")));
            return (JsonValue.Create(true), null);
        }
    }

    private (JsonNode?, FakeTelegramError?) SetMyCommands(JsonObject p)
    {
        lock (gate)
        {
            var commands = p["commands"]?.AsArray() ?? [];
            if (commands.Count is 0 or > 100 || commands.Any(c => Text(c!.AsObject(), "command") is not { Length: >= 1 and <= 32 } name
                || !name.All(ch => ch is >= 'a' and <= 'z' or >= '0' and <= '9' or '_')))
            {
                return (null, new FakeTelegramError(400, "Bad Request: BOT_COMMAND_INVALID"));
            }

            CommandSets.Add(p.DeepClone().AsObject());
            return (JsonValue.Create(true), null);
        }
    }

    private (JsonNode?, FakeTelegramError?) GetChat(JsonObject p)
    {
        if (ResolveChat(p) is not { } chat)
        {
            return (null, FakeTelegramError.ChatNotFound);
        }

        var info = Chat(chat);
        if (channelChats.Contains(chat))
        {
            info["type"] = "channel";
        }

        info["accent_color_id"] = 0;
        info["max_reaction_count"] = 11;
        return (info, null);
    }

    private (JsonNode?, FakeTelegramError?) GetChatMember(JsonObject p)
    {
        if (ResolveChat(p) is not { } chat || kicked.Contains(chat))
        {
            return (null, FakeTelegramError.ChatNotFound);
        }

        var user = Number(p, "user_id") == BotId ? BotUser() : new JsonObject { ["id"] = Number(p, "user_id"), ["is_bot"] = false, ["first_name"] = "Reader" };
        if (Number(p, "user_id") == BotId && botStatuses.TryGetValue(chat, out var status))
        {
            return (new JsonObject { ["status"] = status, ["user"] = user }, null);
        }

        return (new JsonObject
        {
            ["status"] = "administrator", ["user"] = user, ["can_be_edited"] = false, ["is_anonymous"] = false,
            ["can_manage_chat"] = true, ["can_delete_messages"] = true, ["can_manage_video_chats"] = false,
            ["can_restrict_members"] = false, ["can_promote_members"] = false, ["can_change_info"] = false,
            ["can_invite_users"] = false, ["can_post_stories"] = false, ["can_edit_stories"] = false,
            ["can_delete_stories"] = false, ["can_post_messages"] = true, ["can_edit_messages"] = true,
        }, null);
    }

    private (string? Plain, IReadOnlyList<IReadOnlyList<FakeButton>>? Keyboard, FakeTelegramError? Error) CheckContent(JsonObject p)
    {
        if (FakeTelegramLinkPreview.Check(p["link_preview_options"]) is { } badPreview)
        {
            return (null, null, badPreview);
        }

        var text = Text(p, "text") ?? "";
        var plain = text;
        if (string.Equals(Text(p, "parse_mode"), "HTML", StringComparison.OrdinalIgnoreCase))
        {
            var (parsed, error) = FakeTelegramHtml.Parse(text);
            if (error is not null)
            {
                return (null, null, new FakeTelegramError(400, "Bad Request: can't parse entities: " + error));
            }

            plain = parsed!;
        }

        if (plain.Trim().Length == 0)
        {
            return (null, null, new FakeTelegramError(400, "Bad Request: message text is empty"));
        }

        if (plain.Length > MaxTextLength)
        {
            return (null, null, new FakeTelegramError(400, "Bad Request: message is too long"));
        }

        var rows = p["reply_markup"]?["inline_keyboard"]?.AsArray() ?? [];
        var keyboard = rows.Select(row => (IReadOnlyList<FakeButton>)[.. row!.AsArray().Select(b => new FakeButton(
            Text(b!.AsObject(), "text") ?? "", Text(b.AsObject(), "callback_data"), Text(b.AsObject(), "url")))]).ToList();
        return keyboard.SelectMany(r => r).Any(b => b.Url is null && b.CallbackData is not { Length: > 0 } data || b.CallbackData is { } d && Encoding.UTF8.GetByteCount(d) > 64)
            ? (null, null, new FakeTelegramError(400, "Bad Request: BUTTON_DATA_INVALID"))
            : (plain, keyboard, null);
    }

    private static bool SameKeyboard(IReadOnlyList<IReadOnlyList<FakeButton>> a, IReadOnlyList<IReadOnlyList<FakeButton>> b) =>
        a.Count == b.Count && a.Zip(b).All(rows => rows.First.SequenceEqual(rows.Second));

    /// <summary>
    /// 1 message per second per chat, 20 per minute per group or channel, 30 per second for the whole bot; 429 with
    /// retry_after otherwise. The counts live in the fake, so they carry over when the bot restarts against it.
    /// </summary>
    private FakeTelegramError? RateLimit(long chat)
    {
        if (!EnforceRateLimits)
        {
            return null;
        }

        var now = time.GetUtcNow();
        if (!sendTimes.TryGetValue(chat, out var times))
        {
            sendTimes[chat] = times = [];
        }

        times.RemoveAll(t => t <= now - TimeSpan.FromMinutes(1));
        var wait = TimeSpan.Zero;
        if (times.Count > 0 && times[^1] > now - TimeSpan.FromSeconds(1))
        {
            wait = times[^1] + TimeSpan.FromSeconds(1) - now;
        }

        if (chat < 0 && times.Count >= 20)
        {
            var groupWait = times[^20] + TimeSpan.FromMinutes(1) - now;
            wait = groupWait > wait ? groupWait : wait;
        }

        botSendTimes.RemoveAll(t => t <= now - TimeSpan.FromSeconds(1));
        if (botSendTimes.Count >= 30)
        {
            var botWait = botSendTimes[^30] + TimeSpan.FromSeconds(1) - now;
            wait = botWait > wait ? botWait : wait;
        }

        if (wait > TimeSpan.Zero)
        {
            return FakeTelegramError.TooManyRequests(Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)));
        }

        times.Add(now);
        botSendTimes.Add(now);
        return null;
    }

    private JsonObject MessageJson(FakeSentMessage message)
    {
        var json = new JsonObject
        {
            ["message_id"] = message.MessageId, ["date"] = time.GetUtcNow().ToUnixTimeSeconds(),
            ["chat"] = Chat(message.ChatId), ["from"] = BotUser(), ["text"] = message.PlainText,
        };
        if (message.ThreadId is { } thread)
        {
            json["message_thread_id"] = thread;
            json["is_topic_message"] = true;
        }

        return json;
    }
}
