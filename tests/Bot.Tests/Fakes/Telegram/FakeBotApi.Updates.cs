using System.Text.Json.Nodes;
using static Bot.Tests.Fakes.Telegram.FakeRequestParameters;

namespace Bot.Tests.Fakes.Telegram;

/// <summary>The update queue and getUpdates long polling, one poller at a time as the real server does.</summary>
public sealed partial class FakeBotApi
{
    public const int MaxLongPollSeconds = 50;

    private readonly List<JsonObject> pending = [];
    private readonly Dictionary<int, TaskCompletionSource> delivered = [];
    private TaskCompletionSource? currentPoller;
    private TaskCompletionSource arrived = NewSignal();
    private int nextUpdateId = 1000;
    private int nextCallbackId = 1;

    /// <summary>How many getUpdates calls found nothing and began to wait (long polls).</summary>
    public int LongPollsStarted { get; private set; }

    /// <summary>Queues a text message from a user; commands get a <c>bot_command</c> entity.</summary>
    public int EnqueueMessage(long chatId, string text, string? languageCode = "en", int? threadId = null, long userId = 4242) =>
        Enqueue("message", MessageUpdate(chatId, text, languageCode, threadId, userId));

    /// <summary>Queues a post in a channel the bot administers (no <c>from</c>, as Telegram sends them).</summary>
    public int EnqueueChannelPost(long chatId, string text)
    {
        var post = MessageUpdate(chatId, text, null, null, null);
        post["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "channel", ["title"] = "Channel " + chatId };
        post["sender_chat"] = post["chat"]!.DeepClone();
        return Enqueue("channel_post", post);
    }

    /// <summary>Queues a press of a button on the bot's message; returns the callback query id through <paramref name="queryId"/>.</summary>
    public int EnqueueCallbackQuery(long chatId, int messageId, string data, out string queryId, string? languageCode = "en")
    {
        JsonObject message;
        lock (gate)
        {
            queryId = "cq" + nextCallbackId++;
            message = messages.TryGetValue((chatId, messageId), out var sent)
                ? MessageJson(sent)
                : new JsonObject { ["message_id"] = messageId, ["date"] = time.GetUtcNow().ToUnixTimeSeconds(), ["chat"] = Chat(chatId) };
        }

        return Enqueue("callback_query", new JsonObject
        {
            ["id"] = queryId, ["from"] = User(4242, languageCode), ["message"] = message,
            ["chat_instance"] = "ci" + chatId, ["data"] = data,
        });
    }

    /// <summary>Completes when the update has been handed to a getUpdates caller.</summary>
    public Task DeliveredAsync(int updateId)
    {
        lock (gate)
        {
            return delivered[updateId].Task;
        }
    }

    private static JsonObject User(long id, string? languageCode)
    {
        var user = new JsonObject { ["id"] = id, ["is_bot"] = false, ["first_name"] = "Reader" };
        if (languageCode is not null)
        {
            user["language_code"] = languageCode;
        }

        return user;
    }

    private JsonObject MessageUpdate(long chatId, string text, string? languageCode, int? threadId, long? userId)
    {
        JsonObject message;
        lock (gate)
        {
            message = new JsonObject
            {
                ["message_id"] = nextMessageId++, ["date"] = time.GetUtcNow().ToUnixTimeSeconds(), ["chat"] = Chat(chatId), ["text"] = text,
            };
        }

        if (userId is { } id)
        {
            message["from"] = User(id, languageCode);
        }

        if (threadId is { } thread)
        {
            message["message_thread_id"] = thread;
            message["is_topic_message"] = true;
        }

        if (text.StartsWith('/'))
        {
            var length = text.IndexOfAny([' ', '\n']) is var end and > 0 ? end : text.Length;
            message["entities"] = new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = length });
        }

        return message;
    }

    private int Enqueue(string kind, JsonObject payload)
    {
        lock (gate)
        {
            var id = nextUpdateId++;
            pending.Add(new JsonObject { ["update_id"] = id, [kind] = payload });
            delivered[id] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var previous = arrived;
            arrived = NewSignal();
            previous.TrySetResult();
            return id;
        }
    }

    private async Task<(JsonNode?, FakeTelegramError?)> GetUpdatesAsync(JsonObject p, CancellationToken aborted)
    {
        var offset = Number(p, "offset") ?? 0;
        var limit = (int)Math.Clamp(Number(p, "limit") ?? 100, 1, 100);
        var timeout = Math.Clamp(Number(p, "timeout") ?? 0, 0, MaxLongPollSeconds);
        TaskCompletionSource me;
        Task wake;
        lock (gate)
        {
            Confirm(offset);
            if (pending.Count > 0 || timeout == 0)
            {
                return (Take(limit), null);
            }

            // A new long poll ends the one in progress with 409, as the Bot API server does.
            currentPoller?.TrySetResult();
            me = currentPoller = NewSignal();
            wake = arrived.Task;
            LongPollsStarted++;
            Pulse();
        }

        var expired = Task.Delay(TimeSpan.FromSeconds(timeout), time, aborted);
        var first = await Task.WhenAny(me.Task, wake, expired);
        lock (gate)
        {
            if (first == me.Task)
            {
                return (null, FakeTelegramError.Conflict);
            }

            if (currentPoller == me)
            {
                currentPoller = null;
            }

            return (Take(limit), null);
        }
    }

    private void Confirm(long offset)
    {
        if (offset > 0)
        {
            pending.RemoveAll(u => (int)u["update_id"]! < offset);
        }
        else if (offset < 0 && pending.Count > -offset)
        {
            pending.RemoveRange(0, pending.Count + (int)offset);
        }
    }

    private JsonArray Take(int limit)
    {
        var batch = new JsonArray();
        foreach (var update in pending.Take(limit))
        {
            batch.Add(update.DeepClone());
            delivered[(int)update["update_id"]!].TrySetResult();
        }

        return batch;
    }
}
