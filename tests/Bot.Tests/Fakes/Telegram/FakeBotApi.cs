using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Fakes.Telegram;

/// <summary>
/// An in-process Bot API server on 127.0.0.1 (Kestrel, port 0) serving <c>/bot&lt;token&gt;/&lt;method&gt;</c> at its root
/// with Telegram's envelope, error texts and limits. Records what it receives as plain lists; can be told to fail.
/// </summary>
public sealed partial class FakeBotApi : IAsyncDisposable
{
    public const string BotUsername = "OurBot";

    /// <summary>A queued call that is served normally (what <see cref="FailAt"/> puts before its failure).</summary>
    private static readonly Func<FakeTelegramError?> PassThrough = () => null;

    private readonly WebApplication app;
    private readonly Lock gate = new();
    private readonly TimeProvider time;
    private readonly string token;
    private readonly Dictionary<string, Queue<Func<FakeTelegramError?>>> injected = new(StringComparer.OrdinalIgnoreCase);
    private TaskCompletionSource changed = NewSignal();

    private FakeBotApi(string token, TimeProvider time)
    {
        this.token = token;
        this.time = time;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.Run(HandleAsync);
    }

    public string BaseUrl { get; private set; } = "";

    public long BotId => long.Parse(token[..token.IndexOf(':', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>When false, sendMessage is not rate limited (for tests about something else).</summary>
    public bool EnforceRateLimits { get; set; } = true;

    public List<FakeApiCall> Calls { get; } = [];

    public List<FakeSentMessage> Sent { get; } = [];

    public List<FakeSentMessage> Edits { get; } = [];

    public List<FakeCallbackAnswer> CallbackAnswers { get; } = [];

    public List<JsonObject> CommandSets { get; } = [];

    public static async Task<FakeBotApi> StartAsync(string token, TimeProvider? time = null)
    {
        var fake = new FakeBotApi(token, time ?? TimeProvider.System);
        await fake.app.StartAsync();
        fake.BaseUrl = fake.app.Urls.First();
        return fake;
    }

    /// <summary>The next <paramref name="count"/> calls of <paramref name="method"/> answer with <paramref name="error"/>.</summary>
    public void FailNext(string method, int count, FakeTelegramError error) => Inject(method, count, () => error);

    /// <summary>The <paramref name="call"/>-th next call of <paramref name="method"/> (1-based) answers with <paramref name="error"/>; the ones before it are served.</summary>
    public void FailAt(string method, int call, FakeTelegramError error)
    {
        Inject(method, call - 1, PassThrough);
        Inject(method, 1, () => error);
    }

    /// <summary>The <paramref name="call"/>-th next call of <paramref name="method"/> (1-based) never answers; the ones before it are served.</summary>
    public void HangAt(string method, int call)
    {
        Inject(method, call - 1, PassThrough);
        Inject(method, 1, () => null);
    }

    /// <summary>The next <paramref name="count"/> calls of <paramref name="method"/> never answer (until the client gives up).</summary>
    public void HangNext(string method, int count) => Inject(method, count, () => null);

    /// <summary>Every send to <paramref name="chatId"/> answers that the group became supergroup <paramref name="newChatId"/>.</summary>
    public void MigrateChat(long chatId, long newChatId) => migrated[chatId] = newChatId;

    /// <summary>Every send to <paramref name="chatId"/> answers 403: the bot was removed.</summary>
    public void KickBot(long chatId) => kicked.Add(chatId);

    /// <summary>Snapshot of the recorded lists under the fake's lock.</summary>
    public T Read<T>(Func<FakeBotApi, T> read)
    {
        lock (gate)
        {
            return read(this);
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds over the recorded lists; fails after the timeout.</summary>
    public async Task WaitForAsync(Func<FakeBotApi, bool> condition, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            Task next;
            lock (gate)
            {
                if (condition(this))
                {
                    return;
                }

                next = changed.Task;
            }

            await next.WaitAsync(cts.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void Inject(string method, int count, Func<FakeTelegramError?> failure)
    {
        lock (gate)
        {
            if (!injected.TryGetValue(method, out var queue))
            {
                injected[method] = queue = new Queue<Func<FakeTelegramError?>>();
            }

            for (var i = 0; i < count; i++)
            {
                queue.Enqueue(failure);
            }
        }
    }

    /// <summary>Call under the lock after recording something.</summary>
    private void Pulse()
    {
        var previous = changed;
        changed = NewSignal();
        previous.TrySetResult();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var prefix = "/bot" + token + "/";
        if (!path.StartsWith("/bot", StringComparison.Ordinal) || path.LastIndexOf('/') <= 4)
        {
            await WriteAsync(context, FakeTelegramError.NotFound);
            return;
        }

        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            await WriteAsync(context, FakeTelegramError.Unauthorized);
            return;
        }

        var method = path[prefix.Length..];
        var parameters = await FakeRequestParameters.ReadAsync(context.Request);
        Func<FakeTelegramError?>? injection = null;
        lock (gate)
        {
            if (injected.TryGetValue(method, out var queue) && queue.Count > 0)
            {
                injection = queue.Dequeue();
            }
        }

        if (injection is not null && !ReferenceEquals(injection, PassThrough))
        {
            var injectedError = injection();
            Record(method, parameters, injectedError);
            if (injectedError is null)
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
            }

            await WriteAsync(context, injectedError);
            return;
        }

        var (result, error) = await DispatchAsync(method, parameters, context.RequestAborted);
        Record(method, parameters, error);
        if (error is not null)
        {
            await WriteAsync(context, error);
        }
        else
        {
            await WriteAsync(context, result!);
        }
    }

    private void Record(string method, JsonObject parameters, FakeTelegramError? error)
    {
        lock (gate)
        {
            Calls.Add(new FakeApiCall(method, parameters, error));
            Pulse();
        }
    }

    private Task<(JsonNode? Result, FakeTelegramError? Error)> DispatchAsync(string method, JsonObject p, CancellationToken aborted) =>
        method.ToLowerInvariant() switch
        {
            "getme" => Task.FromResult<(JsonNode?, FakeTelegramError?)>((BotUser(), null)),
            "getupdates" => GetUpdatesAsync(p, aborted),
            "sendmessage" => Task.FromResult(SendMessage(p)),
            "sendphoto" => Task.FromResult(SendPhoto(p)),
            "editmessagetext" => Task.FromResult(EditMessageText(p)),
            "answercallbackquery" => Task.FromResult(AnswerCallbackQuery(p)),
            "setmycommands" => Task.FromResult(SetMyCommands(p)),
            "getchat" => Task.FromResult(GetChat(p)),
            "getchatmember" => Task.FromResult(GetChatMember(p)),
            _ => Task.FromResult<(JsonNode?, FakeTelegramError?)>((null, FakeTelegramError.NotFound)),
        };

    private static async Task WriteAsync(HttpContext context, JsonNode result)
    {
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString());
    }

    private static async Task WriteAsync(HttpContext context, FakeTelegramError error)
    {
        var body = new JsonObject { ["ok"] = false, ["error_code"] = error.Code, ["description"] = error.Description };
        if (error.RetryAfter is not null || error.MigrateToChatId is not null)
        {
            var parameters = new JsonObject();
            if (error.RetryAfter is { } retryAfter)
            {
                parameters["retry_after"] = retryAfter;
                context.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (error.MigrateToChatId is { } chatId)
            {
                parameters["migrate_to_chat_id"] = chatId;
            }

            body["parameters"] = parameters;
        }

        context.Response.StatusCode = error.Code is >= 400 and < 600 ? error.Code : (int)HttpStatusCode.BadRequest;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString());
    }
}
