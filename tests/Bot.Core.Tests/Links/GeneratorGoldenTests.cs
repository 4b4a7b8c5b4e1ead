using System.Text.Json;
using Bot.Core.Posts;
using Bot.Core.Repository;
using Bot.Core.Summaries;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Core.Tests.Links;

/// <summary>
/// Golden tests against the real generators: each fixture blog under <c>TestData/Generators</c> was built by Hexo,
/// Jekyll or Hugo (<c>regenerate.sh</c>, versions in <c>generator-versions.txt</c>), which recorded the public URL of
/// every post it published in <c>expected-links.json</c>. Scanning the same fixture must publish exactly those
/// sources, at exactly those URLs.
/// </summary>
public sealed class GeneratorGoldenTests
{
    /// <summary>When the generators ran; posts dated 2099 were future then and are still scheduled at this moment.</summary>
    private static readonly DateTimeOffset GeneratedAt = new(2026, 11, 27, 14, 0, 0, TimeSpan.Zero);

    private static readonly string FixturesRoot = Path.Combine(AppContext.BaseDirectory, "TestData", "Generators");

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var folder in FixtureNames())
        {
            data.Add(folder);
        }

        return data;
    }

    private static List<string> FixtureNames() =>
        [.. Directory.GetDirectories(FixturesRoot).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Scan_GeneratorFixture_PublishesTheSameSources(string fixture)
    {
        var (expected, published) = ScanFixture(fixture);

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), published.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Scan_GeneratorFixture_LinksEqualGeneratorUrls(string fixture)
    {
        var (expected, published) = ScanFixture(fixture);

        var mismatches = expected
            .Where(e => published.TryGetValue(e.Key, out var post) && !string.Equals(post.Link, e.Value, StringComparison.Ordinal))
            .Select(e => $"{e.Key}: generator {e.Value}, bot {published[e.Key].Link}")
            .ToList();
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
        Assert.NotEmpty(expected);
    }

    [Fact]
    public void Fixtures_EveryGenerator_IsCovered()
    {
        var folders = FixtureNames();

        Assert.All(["hexo", "jekyll", "hugo"], generator => Assert.Contains(folders, f => f.StartsWith(generator, StringComparison.Ordinal)));
    }

    private static (Dictionary<string, string> Expected, Dictionary<string, Post> Published) ScanFixture(string fixture)
    {
        var root = Path.Combine(FixturesRoot, fixture);
        var expected = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(root, "expected-links.json")))
            ?? throw new InvalidOperationException($"{fixture}/expected-links.json is empty");
        var clock = new FakeTimeProvider(GeneratedAt);
        var scanner = new PostRepositoryScanner(root, new RepositoryOptions { Path = root }, new SummaryOptions(), clock);

        var scan = scanner.Scan(CancellationToken.None);

        var published = scan.Posts
            .Where(p => p.StatusAt(clock.GetUtcNow()) == PostStatus.Published)
            .ToDictionary(p => p.Source, StringComparer.Ordinal);
        return (expected, published);
    }
}
