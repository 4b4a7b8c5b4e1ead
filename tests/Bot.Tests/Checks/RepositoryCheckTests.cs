using Bot.Cli;
using Bot.Tests.Support;
using Bot.Tests.TestSupport;

namespace Bot.Tests.Checks;

public sealed class RepositoryCheckTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly TestSupport.TempFolder folder = new();
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    [Fact]
    public async Task Run_SkippedPost_WarnsNamingFileAndReasonAndExitsZero()
    {
        var blog = new TestBlog(folder.Combine("blog"));
        blog.WritePost("p1", TestBlog.FirstDate, "NLP");
        File.WriteAllText(Path.Combine(blog.PostsFolder, "broken.md"), "---\ntitle: [unclosed\ndate: 2026-01-05\n---\n正文\n");

        var code = await RunAsync(WriteSettings());

        var text = output.ToString();
        Assert.Equal(0, code);
        Assert.Contains("1 published posts (1 found, 1 skipped or read with a fallback)", text, StringComparison.Ordinal);
        Assert.Contains("WARN  Repository source/_posts/broken.md: ", text, StringComparison.Ordinal);
        Assert.Contains("Verdict: READY (4 passed, 1 warnings, 0 failed)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_HexoSiteWithoutTimezoneOrRepositoryTimeZone_WarnsThatDatesFollowTheBuildMachine()
    {
        var blog = new TestBlog(folder.Combine("blog"));
        blog.WritePost("p1", TestBlog.FirstDate, "NLP");
        var config = Path.Combine(blog.Root, "_config.yml");
        File.WriteAllText(config, File.ReadAllText(config).Replace("timezone: Asia/Shanghai", "timezone:", StringComparison.Ordinal));

        var code = await RunAsync(WriteSettings());

        var text = output.ToString();
        Assert.Equal(0, code);
        Assert.Contains("WARN  Time zone: _config.yml sets no timezone, so Hexo dates follow the zone of the machine that builds the site; set Repository:TimeZone to that zone (UTC is assumed)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_HexoSiteWithTimezone_DoesNotWarnAboutTheZone()
    {
        var blog = new TestBlog(folder.Combine("blog"));
        blog.WritePost("p1", TestBlog.FirstDate, "NLP");

        await RunAsync(WriteSettings());

        Assert.DoesNotContain("Time zone", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ReachableRemote_PassesAndSaysTheCloneComesAtStart()
    {
        using var remote = new GitSourceRepository();
        remote.Commit("first", ("_config.yml", "url: https://blog.example\n"));

        var code = await RunAsync(CheckSettings.WithRemote(WriteSettings(), remote.Url));

        var text = output.ToString();
        Assert.Equal(0, code);
        Assert.Contains($"PASS  Git remote: {remote.Url} reachable; branch 'main' found", text, StringComparison.Ordinal);
        Assert.Contains("WARN  Repository: not cloned yet: the service clones Repository:Remote into", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_RemoteRejectingCredentials_FailsWithRedactedUrl()
    {
        await using var server = await UnauthorizedGitServer.StartAsync();
        var remote = server.BaseUrl.Replace("http://", "http://blogbot:glpat-Secret42@", StringComparison.Ordinal) + "/me/blog.git";

        var code = await RunAsync(CheckSettings.WithRemote(WriteSettings(), remote));

        var text = output.ToString();
        Assert.Equal(1, code);
        Assert.Contains($"FAIL  Git remote: {server.BaseUrl.Replace("http://", "http://***@", StringComparison.Ordinal)}/me/blog.git is not reachable: git ls-remote failed", text, StringComparison.Ordinal);
        Assert.DoesNotContain("glpat-Secret42", text + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UnconvertibleSetting_FailsNamingTheKeyWithoutStackTrace()
    {
        var settings = WriteSettings();
        File.WriteAllText(settings, File.ReadAllText(settings).Replace("\"Hexo\"", "\"Bogus\"", StringComparison.Ordinal));

        var code = await RunAsync(settings);

        var text = output.ToString();
        Assert.Equal(1, code);
        Assert.Contains("FAIL  Settings: Failed to convert configuration value 'Bogus' at 'Repository:Layout'", text, StringComparison.Ordinal);
        Assert.Contains("FAIL  Repository: cannot check: Failed to convert configuration value 'Bogus' at 'Repository:Layout'", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text + error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        output.Dispose();
        error.Dispose();
        folder.Dispose();
    }

    private string WriteSettings() =>
        CheckSettings.Write(folder.Combine("settings.json"), folder.Combine("blog"), folder.Combine("data", "bot.db"), null);

    private Task<int> RunAsync(string settingsFile) =>
        CheckVerb.RunAsync([settingsFile], output, error, CancellationToken.None).WaitAsync(Timeout);
}
