using Bot.ConsoleChannel;
using Bot.Tests.TestSupport;

namespace Bot.Tests.Delivery;

/// <summary>
/// Kills the real bot (SIGKILL) in the middle of a fan-out and restarts it. Bound: every (post, channel) is delivered,
/// and a channel repeats at most one message, the one that was in flight at the kill (printed, not yet marked sent).
/// </summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private const int Posts = 50;
    private static readonly string[] Channels = ["c1", "c2", "c3", "c4", "c5"];
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Bot_KilledMidFanOut_RestartDeliversEveryPostToEveryChannelWithAtMostOneDuplicatePerChannel()
    {
        var blog = new TestBlog(folder.Combine("blog"));
        blog.WritePost("archive", TestBlog.FirstDate);
        var configDirectory = folder.Combine("config");
        HostSettings.Write(Path.Combine(configDirectory, "appsettings.json"), blog.Root, folder.Combine("data", "bot.db"),
            Channels.Select(c => (c, new[] { "*" })), consoleMinInterval: TimeSpan.FromMilliseconds(10));
        var announced = new List<(string Channel, string Post)>();

        using (var first = BotProcess.Start(configDirectory))
        {
            await first.ReadUntilAsync(l => l.Contains("First run: recorded", StringComparison.Ordinal), Timeout);
            for (var i = 0; i < Posts; i++)
            {
                blog.WritePost($"p{i:00}", TestBlog.FirstDate.AddMinutes(i + 1));
            }

            var beforeKill = new List<(string Channel, string Post)>();
            while (beforeKill.Count < 60)
            {
                beforeKill.AddRange(Announcements(await first.ReadUntilAsync(IsAnnouncement, Timeout)));
            }

            first.Kill();
            beforeKill.AddRange(Announcements(await first.ReadRestAsync().WaitAsync(Timeout)));
            announced.AddRange(beforeKill);
        }

        Assert.InRange(announced.Count, 60, (Posts * Channels.Length) - 1);
        using (var second = BotProcess.Start(configDirectory))
        {
            try
            {
                while (announced.Distinct().Count() < Posts * Channels.Length)
                {
                    announced.AddRange(Announcements(await second.ReadUntilAsync(IsAnnouncement, TimeSpan.FromSeconds(30))));
                }
            }
            catch (TimeoutException)
            {
                // the assertions below name what never arrived
            }
        }

        var missing = Channels.SelectMany(c => Enumerable.Range(0, Posts).Select(i => (c, TestBlog.IdOf($"p{i:00}")))).Except(announced).ToList();
        Assert.True(missing.Count == 0, $"never announced: {string.Join(", ", missing)}");
        foreach (var channel in Channels)
        {
            var lines = announced.Where(a => a.Channel == channel).ToList();
            Assert.InRange(lines.Count - lines.Distinct().Count(), 0, 1);
        }
    }

    public void Dispose() => folder.Dispose();

    private static bool IsAnnouncement(string line) => line.StartsWith(ConsoleAnnouncementFormatter.HeaderPrefix, StringComparison.Ordinal);

    /// <summary>"=== [c1] post p07 (d12-…)" → (c1, p07).</summary>
    private static List<(string Channel, string Post)> Announcements(IEnumerable<string> lines) =>
    [
        .. lines.Where(IsAnnouncement).Select(l =>
        {
            var channel = l[(l.IndexOf('[', StringComparison.Ordinal) + 1)..l.IndexOf(']', StringComparison.Ordinal)];
            var post = l.Split(' ')[3];
            return (channel, post);
        }),
    ];
}
