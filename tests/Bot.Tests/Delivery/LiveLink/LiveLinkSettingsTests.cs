using Bot.Configuration;
using Bot.Core.Publishing;
using Bot.Delivery.LiveLink;

namespace Bot.Tests.Delivery.LiveLink;

/// <summary><c>Publishing:WaitForLiveLink</c> (on by default for a real site, off for example and test hosts) and <c>Publishing:LiveLinkTimeout</c>.</summary>
public sealed class LiveLinkSettingsTests
{
    [Theory]
    [InlineData("https://blog.realsite.net/2026/01/20/post/", true)]
    [InlineData("http://me.github.io/post/", true)]
    [InlineData("http://127.0.0.1:8080/post/", true)]
    [InlineData("https://blog.example.com/2026/01/20/beam-search/", false)]
    [InlineData("https://example.org/post/", false)]
    [InlineData("https://www.example.net/post/", false)]
    [InlineData("https://blog.example/post/", false)]
    [InlineData("https://my.blog.test/post/", false)]
    [InlineData("https://site.invalid/post/", false)]
    [InlineData("http://localhost:4000/post/", false)]
    [InlineData("http://LOCALHOST./post/", false)]
    [InlineData("https://examples.com/post/", true)]
    [InlineData("ftp://blog.realsite.net/post/", false)]
    [InlineData("/2026/01/20/post/", false)]
    public void LinkToAsk_Unset_OnlyForHttpLinksOnHostsNotReservedForExamples(string link, bool asked)
    {
        Assert.Equal(asked, LiveLinkDefaults.LinkToAsk(null, link) is not null);
    }

    [Fact]
    public void LinkToAsk_SetExplicitly_OverridesTheHostRule()
    {
        Assert.NotNull(LiveLinkDefaults.LinkToAsk(true, "http://localhost:4000/post/"));
        Assert.Null(LiveLinkDefaults.LinkToAsk(false, "https://blog.realsite.net/post/"));
        Assert.Null(LiveLinkDefaults.LinkToAsk(true, "mailto:me@realsite.net"));
    }

    [Fact]
    public void LinkToAsk_SampleBlogInConfig_IsNotAsked()
    {
        var config = File.ReadAllText(Path.Combine(RepositoryRoot(), "config", "sample-blog", "_config.yml"));
        var url = config.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("url:", StringComparison.Ordinal))["url:".Length..].Trim();

        Assert.StartsWith("http", url, StringComparison.Ordinal);
        Assert.Null(LiveLinkDefaults.LinkToAsk(null, url + "/2026/01/20/post/"));
    }

    [Fact]
    public void PublishingOptions_Defaults_UnsetWaitAndThirtyMinutes()
    {
        var options = new PublishingOptions();

        Assert.Equal((null, TimeSpan.FromMinutes(30)), (options.WaitForLiveLink, options.LiveLinkTimeout));
    }

    [Theory]
    [InlineData("Publishing:WaitForLiveLink", "maybe", "Publishing:WaitForLiveLink = 'maybe': not true or false")]
    [InlineData("Publishing:LiveLinkTimeout", "banana", "Publishing:LiveLinkTimeout = 'banana': not a time span")]
    [InlineData("Publishing:LiveLinkTimeout", "00:00:00", "Publishing:LiveLinkTimeout = '00:00:00': The field LiveLinkTimeout must be between 00:00:01 and 7.00:00:00")]
    [InlineData("Publishing:LiveLinkTimeout", "30.00:00:00", "Publishing:LiveLinkTimeout = '30.00:00:00': The field LiveLinkTimeout must be between")]
    public void Check_BadValue_OneLineNamingTheKeyAndTheValue(string key, string value, string expected)
    {
        Assert.StartsWith(expected, SettingProblems.Check(key, value), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Publishing:WaitForLiveLink", "false")]
    [InlineData("Publishing:WaitForLiveLink", "")]
    [InlineData("Publishing:LiveLinkTimeout", "01:00:00")]
    public void Check_GoodValue_NoProblem(string key, string value)
    {
        Assert.Null(SettingProblems.Check(key, value));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Bot.sln not found above the test's folder.");
    }
}
