using System.Threading.Channels;
using Bot.Core.Channels;
using Bot.Core.Publishing;
using Bot.Delivery;
using Bot.Hosting;
using Bot.Tests.Telegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.TestSupport;

/// <summary>The real host started on a settings file, with a recording console sender, captured logs and its planner passes to await.</summary>
internal sealed class RunningBot : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly IHost host;
    private readonly Channel<DeliveryAttempt> attempts = Channel.CreateUnbounded<DeliveryAttempt>();
    private readonly Channel<int> passes = Channel.CreateUnbounded<int>();

    private RunningBot(IHost host, ScriptedSender sender, CapturedLogs logs)
    {
        this.host = host;
        Sender = sender;
        Logs = logs;
        host.Services.GetRequiredService<DeliveryWorker>().Attempted += a => attempts.Writer.TryWrite(a);
        host.Services.GetRequiredService<OutboxPlanner>().Processed += written => passes.Writer.TryWrite(written);
    }

    public ScriptedSender Sender { get; }

    public CapturedLogs Logs { get; }

    /// <summary>Starts the host and waits for its first planner pass (the baseline): from then on a new file is a new post.</summary>
    public static async Task<RunningBot> StartAsync(string settings)
    {
        var sender = new ScriptedSender(ChannelPlatform.Console);
        var logs = new CapturedLogs();
        var host = BotHost.Create([settings], services =>
        {
            services.AddSingleton<IChannelSender>(sender);
            services.AddSingleton<ILoggerProvider>(_ => logs.Provider());
        });
        var bot = new RunningBot(host, sender, logs);
        await host.StartAsync().WaitAsync(Timeout);
        await bot.NextPassAsync();
        return bot;
    }

    /// <summary>The next planner pass over a new index (its number of rows written).</summary>
    public async Task<int> NextPassAsync() => await passes.Reader.ReadAsync().AsTask().WaitAsync(Timeout);

    /// <summary>Planner passes until <paramref name="done"/> holds.</summary>
    public async Task PassesUntilAsync(Func<bool> done)
    {
        using var stop = new CancellationTokenSource(Timeout);
        while (!done())
        {
            await passes.Reader.ReadAsync(stop.Token);
        }
    }

    public async Task<List<DeliveryAttempt>> AttemptsAsync(int count)
    {
        var list = new List<DeliveryAttempt>();
        using var stop = new CancellationTokenSource(Timeout);
        while (list.Count < count)
        {
            list.Add(await attempts.Reader.ReadAsync(stop.Token));
        }

        return list;
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync().WaitAsync(Timeout);
        host.Dispose();
    }
}
