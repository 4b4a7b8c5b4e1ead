using Bot.Core.Channels;
using Bot.Core.Posts;
using Bot.Telegram;
using Bot.Tests.Support;

namespace Bot.Tests.Delivery;

/// <summary>
/// A Telegram digest channel whose waiting digest renders as exactly three messages, written to the outbox, with the
/// worker not yet started: the setup every Telegram resume test shares.
/// </summary>
internal sealed class TelegramDigestRun : IAsyncDisposable
{
    private TelegramDigestRun(DigestResumeHarness harness, TelegramParts telegram, List<Post> posts)
    {
        Harness = harness;
        Telegram = telegram;
        Posts = posts;
    }

    public DigestResumeHarness Harness { get; }

    public TelegramParts Telegram { get; }

    public List<Post> Posts { get; }

    public static async Task<TelegramDigestRun> WriteAsync()
    {
        var count = Enumerable.Range(2, 80).First(n =>
            TelegramDigestRenderer.Render(DigestResumeHarness.Compose(DigestResumeHarness.Posts(n, categoryEach: false))).Count == 3);
        var posts = DigestResumeHarness.Posts(count, categoryEach: false);
        var sender = new LateBoundSender(ChannelPlatform.Telegram);
        var harness = new DigestResumeHarness(TelegramParts.Channel(), sender);
        var telegram = await TelegramParts.StartAsync(harness.Time);
        sender.Inner = telegram.NewSender();
        await harness.WriteDigestAsync(posts);
        return new TelegramDigestRun(harness, telegram, posts);
    }

    public async ValueTask DisposeAsync()
    {
        await Harness.DisposeAsync();
        await Telegram.DisposeAsync();
    }
}
