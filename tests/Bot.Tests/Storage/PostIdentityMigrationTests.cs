using Bot.Core.Posts;
using Bot.Core.Publishing;
using Bot.Core.Repository;
using Bot.Core.Summaries;
using Bot.Core.Timing;
using Bot.Delivery;
using Bot.Storage;
using Bot.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static Bot.Tests.TestSupport.TestChannelCatalog;

namespace Bot.Tests.Storage;

/// <summary>Upgrading a version 3 database, whose post ids were front matter ids or paths, to source-path ids.</summary>
public sealed class PostIdentityMigrationTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly FakeTimeProvider time = new(TestPosts.Start);
    private readonly FakeLogCollector logs = new();

    public PostIdentityMigrationTests()
    {
        Write("_config.yml", "url: https://x.example\ntimezone: Asia/Shanghai\npermalink: :year/:month/:day/:id/\n");
        Write("source/_posts/a.md", "---\ntitle: A\nid: 1\ndate: 2025-01-01\n---\na\n");
        Write("source/_posts/b.md", "---\ntitle: B\nid: 1\ndate: 2025-01-02\n---\nb\n");
        Write("source/_posts/c.md", "---\ntitle: C\nid: 1\ndate: 2025-01-03\n---\nc\n");
        Write("source/_posts/solo.md", "---\ntitle: Solo\ndate: 2025-01-04\n---\nsolo\n");
    }

    private string DatabaseFile => folder.Combine("bot.db");

    [Fact]
    public async Task ProcessAsync_Version3Database_CarriesRowsOverAndAnnouncesNothing()
    {
        var posts = Scan();
        CreateVersion3Database(ownerOfIdOne: posts.Single(p => p.Title == "A"), solo: posts.Single(p => p.Title == "Solo"));
        var planner = Planner(posts);

        var written = await planner.ProcessAsync(CancellationToken.None);

        Assert.Equal(0, written);
        Assert.Equal(
            ["source/_posts/a.md", "source/_posts/b.md", "source/_posts/c.md", "source/_posts/solo.md"],
            Column("SELECT post_id FROM seen_posts ORDER BY post_id;"));
        Assert.Equal(["1", "0", "0", "1"], Column("SELECT announced FROM seen_posts ORDER BY post_id;"));
        Assert.Equal(["source/_posts/solo.md"], Column("SELECT post_id FROM deliveries;"));
        Assert.Equal(["source/_posts/a.md"], Column("SELECT post_id FROM digest_queue;"));
        Assert.Empty(Column("SELECT key FROM meta WHERE key = 'post_identity_migration';"));
        var record = Assert.Single(logs.GetSnapshot(), r => r.Message.StartsWith("Post ids are now source paths", StringComparison.Ordinal));
        Assert.Contains("of 2 posts; 2 published posts", record.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessAsync_AfterUpgrade_NewPostIsAnnouncedAndUpgradeIsNotRepeated()
    {
        var posts = Scan();
        CreateVersion3Database(ownerOfIdOne: posts.Single(p => p.Title == "A"), solo: posts.Single(p => p.Title == "Solo"));
        await Planner(posts).ProcessAsync(CancellationToken.None);
        Write("source/_posts/d.md", "---\ntitle: D\nid: 1\ndate: 2025-01-05\n---\nd\n");

        var written = await Planner(Scan()).ProcessAsync(CancellationToken.None);

        Assert.Equal(1, written);
        Assert.Equal(["source/_posts/d.md", "source/_posts/solo.md"], Column("SELECT post_id FROM deliveries ORDER BY post_id;"));
        Assert.Single(logs.GetSnapshot(), r => r.Message.StartsWith("Post ids are now source paths", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AdoptSourcePathIdsAsync_NewDatabase_NothingToDo()
    {
        var store = new SqliteOutboxStore(new SqliteDatabase(Options.Create(new StorageOptions { Path = DatabaseFile })), time);

        Assert.Null(await store.AdoptSourcePathIdsAsync(Scan(), time.GetUtcNow(), CancellationToken.None));
    }

    public void Dispose() => folder.Dispose();

    private void Write(string relative, string text)
    {
        var path = folder.Combine("blog", relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private List<Post> Scan() =>
        [.. new PostRepositoryScanner(folder.Combine("blog"), new RepositoryOptions(), new SummaryOptions(), time).Scan(CancellationToken.None).Posts];

    private OutboxPlanner Planner(IReadOnlyList<Post> posts)
    {
        var holder = new PostIndexHolder();
        holder.Replace(PostIndex.Build(posts, time.GetUtcNow()));
        var store = new SqliteOutboxStore(new SqliteDatabase(Options.Create(new StorageOptions { Path = DatabaseFile })), time);
        return new OutboxPlanner(holder, new TestChannelCatalog(Channel("all")), store, new WakeSignal(), time,
            new FixedOptionsMonitor<PublishingOptions>(new PublishingOptions()), new FakeLogger<OutboxPlanner>(logs));
    }

    /// <summary>What version 3 recorded for this blog: A owned id "1" (B and C were not indexed), Solo its path id.</summary>
    private void CreateVersion3Database(Post ownerOfIdOne, Post solo)
    {
        using var connection = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False");
        connection.Open();
        SchemaMigrator.Migrate(connection, [.. SchemaMigrations.All.Where(m => m.Version <= 3)]);
        using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO meta (key, value) VALUES ('baseline_at', '2025-01-01T00:00:00Z');
            INSERT INTO channels (name, first_seen) VALUES ('all', 0);
            INSERT INTO seen_posts (post_id, content_hash, first_seen, announced) VALUES ('1', $a, 0, 1), ('source/_posts/solo', $solo, 0, 1);
            INSERT INTO deliveries (post_id, channel, kind, status, next_attempt, created) VALUES ('source/_posts/solo', 'all', 'Announcement', 'sent', 0, 0);
            INSERT INTO digest_queue (channel, post_id, queued) VALUES ('all', '1', 0);
            """;
        insert.Parameters.AddWithValue("$a", ownerOfIdOne.ContentHash);
        insert.Parameters.AddWithValue("$solo", solo.ContentHash);
        insert.ExecuteNonQuery();
        Assert.Equal(3, SchemaMigrator.ReadVersion(connection));
    }

    private List<string> Column(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }
}
