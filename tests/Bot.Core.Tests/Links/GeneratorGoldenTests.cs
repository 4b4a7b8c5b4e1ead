using System.Text.Encodings.Web;
using System.Text.Json;
using Bot.Core.Posts;
using Bot.Core.Repository;
using Bot.Core.Summaries;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Core.Tests.Links;

/// <summary>
/// Golden tests against the real generators: each fixture blog under <c>TestData/Generators</c> was built by Hexo,
/// Jekyll or Hugo (<c>regenerate.sh</c>, versions in <c>generator-versions.txt</c>), which recorded, for every post it
/// published, its public URL, title, date, categories and tags in <c>expected-posts.json</c>. Scanning the same
/// fixture must publish exactly those sources, with exactly those fields.
/// </summary>
public sealed class GeneratorGoldenTests
{
    /// <summary>When the generators ran; posts dated 2099 were future then and are still scheduled at this moment.</summary>
    private static readonly DateTimeOffset GeneratedAt = new(2026, 11, 27, 14, 0, 0, TimeSpan.Zero);

    private static readonly string FixturesRoot = Path.Combine(AppContext.BaseDirectory, "TestData", "Generators");

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private static readonly JsonSerializerOptions ReadableJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Where the bot knowingly differs from a generator, by fixture, source and field, with the reason. Each entry must
    /// still differ (<see cref="KnownDifferences_EachEntry_StillDiffers"/>), so a fixed one cannot linger here.
    /// </summary>
    private static readonly Dictionary<(string Fixture, string Source, string Field), string> KnownDifferences = new()
    {
        [("jekyll-taxonomies", "_posts/2024-01-03-repeated.md", "categories")] =
            "Jekyll 4.3 merges categories twice (Document#merge_categories! with Array#|, then populate_categories with "
            + "to_s), so a number category ends up both as 7 and \"7\"; the bot lists the name once.",
    };

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

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), published.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Scan_GeneratorFixture_LinksEqualGeneratorUrls(string fixture) =>
        AssertField(fixture, "link", e => e.Url, p => p.Link);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Scan_GeneratorFixture_TitlesEqualGeneratorTitles(string fixture) =>
        AssertField(fixture, "title", e => e.Title, p => p.GeneratorTitle ?? p.Title);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Scan_GeneratorFixture_DatesEqualGeneratorInstants(string fixture) =>
        AssertField(fixture, "date", e => e.Date.UtcDateTime.ToString("O"), p => p.Date.UtcDateTime.ToString("O"));

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Scan_GeneratorFixture_CategoriesEqualGeneratorCategories(string fixture) =>
        AssertField(fixture, "categories", e => Names(e.Categories), p => Names(p.Categories));

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Scan_GeneratorFixture_TagsEqualGeneratorTags(string fixture) =>
        AssertField(fixture, "tags", e => Names(e.Tags), p => Names(p.Tags));

    [Fact]
    public void KnownDifferences_EachEntry_StillDiffers()
    {
        Func<ExpectedPost, string> generatorCategories = e => Names(e.Categories), generatorTags = e => Names(e.Tags);
        Func<Post, string> botCategories = p => Names(p.Categories), botTags = p => Names(p.Tags);

        Assert.All(KnownDifferences.Keys, key =>
        {
            Assert.Contains(key.Field, new[] { "categories", "tags" });
            var (expected, published) = ScanFixture(key.Fixture);
            var (generator, bot) = key.Field == "categories" ? (generatorCategories, botCategories) : (generatorTags, botTags);

            Assert.NotEqual(generator(expected[key.Source]), bot(published[key.Source]));
        });
    }

    [Fact]
    public void Fixtures_EveryGenerator_IsCovered()
    {
        var folders = FixtureNames();

        Assert.All(["hexo", "jekyll", "hugo"], generator => Assert.Contains(folders, f => f.StartsWith(generator, StringComparison.Ordinal)));
    }

    /// <summary>Compares one field of every published post; each difference is listed with both values.</summary>
    private static void AssertField(string fixture, string field, Func<ExpectedPost, string> generator, Func<Post, string> bot)
    {
        var (expected, published) = ScanFixture(fixture);

        var mismatches = expected
            .Where(e => !KnownDifferences.ContainsKey((fixture, e.Key, field)))
            .Where(e => published.TryGetValue(e.Key, out var post)
                && !string.Equals(bot(post), generator(e.Value), StringComparison.Ordinal))
            .Select(e => $"{e.Key} {field}: generator {generator(e.Value)}, bot {bot(published[e.Key])}")
            .ToList();
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
        Assert.NotEmpty(expected);
    }

    /// <summary>An ordered list as one comparable, readable string.</summary>
    private static string Names(IEnumerable<string> names) => JsonSerializer.Serialize(names, ReadableJson);

    private static (Dictionary<string, ExpectedPost> Expected, Dictionary<string, Post> Published) ScanFixture(string fixture)
    {
        var root = Path.Combine(FixturesRoot, fixture);
        var expected = JsonSerializer.Deserialize<Dictionary<string, ExpectedPost>>(
                File.ReadAllText(Path.Combine(root, "expected-posts.json")), JsonOptions)
            ?? throw new InvalidOperationException($"{fixture}/expected-posts.json is empty");
        var clock = new FakeTimeProvider(GeneratedAt);
        var scanner = new PostRepositoryScanner(root, new RepositoryOptions { Path = root }, new SummaryOptions(), clock);

        var scan = scanner.Scan(CancellationToken.None);

        var published = scan.Posts
            .Where(p => p.StatusAt(clock.GetUtcNow()) == PostStatus.Published)
            .ToDictionary(p => p.Source, StringComparer.Ordinal);
        return (expected, published);
    }

    /// <summary>One post as its generator published it (an entry of <c>expected-posts.json</c>).</summary>
    private sealed record ExpectedPost(string Url, string Title, DateTimeOffset Date, List<string> Categories, List<string> Tags);
}
