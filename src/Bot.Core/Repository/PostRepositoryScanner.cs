using Bot.Core.Generators;
using Bot.Core.Posts;
using Bot.Core.Summaries;

namespace Bot.Core.Repository;

/// <summary>
/// Reads a post repository into posts. Files are parsed in parallel and remembered by path, size and last write time,
/// so a rescan re-parses only files that changed (and everything when the site config or settings changed). A bad file
/// becomes one <see cref="ScanWarning"/>; a missing root or unparsable site config throws
/// <see cref="RepositoryUnavailableException"/>.
/// </summary>
public sealed class PostRepositoryScanner : IPostScanner
{
    private readonly string rootPath;
    private readonly RepositoryOptions options;
    private readonly SummaryOptions summaryOptions;
    private readonly TimeProvider timeProvider;
    private readonly PostSummarizer summarizer;
    private readonly Lock scanLock = new();
    private Dictionary<string, CachedFile> cache = new(StringComparer.Ordinal);
    private SiteFingerprint? settingsFingerprint;

    public PostRepositoryScanner(string rootPath, RepositoryOptions options, SummaryOptions summaryOptions, TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootPath);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(summaryOptions);
        ArgumentNullException.ThrowIfNull(timeProvider);
        this.rootPath = Path.GetFullPath(rootPath);
        this.options = options;
        this.summaryOptions = summaryOptions;
        this.timeProvider = timeProvider;
        summarizer = new PostSummarizer(summaryOptions);
    }

    /// <summary>How many files the last scan parsed (the rest came from the cache).</summary>
    public int LastParsedCount { get; private set; }

    /// <summary>When the last scan finished.</summary>
    public DateTimeOffset? LastScanAt { get; private set; }

    public PostScan Scan(CancellationToken cancellationToken)
    {
        lock (scanLock)
        {
            return ScanLocked(cancellationToken);
        }
    }

    private PostScan ScanLocked(CancellationToken cancellationToken)
    {
        var site = SiteConfigReader.Read(rootPath, options);
        var fingerprint = SiteFingerprint.Of(site, summaryOptions);
        if (fingerprint != settingsFingerprint)
        {
            cache = new Dictionary<string, CachedFile>(StringComparer.Ordinal);
            settingsFingerprint = fingerprint;
        }

        var findWarnings = new List<ScanWarning>();
        var files = SiteGenerators.For(site.Layout).FindPostFiles(site, findWarnings.Add);
        var results = new PostParseResult[files.Count];
        var stamps = new (long Length, DateTime LastWriteUtc)[files.Count];
        var toParse = new List<int>();
        for (var i = 0; i < files.Count; i++)
        {
            if (files[i].Length < 0)
            {
                results[i] = new PostParseResult(null, new ScanWarning(files[i].Source, "file cannot be read (it cannot be examined; a broken link?); skipped")) { Transient = true };
                continue;
            }

            stamps[i] = (files[i].Length, files[i].LastWriteUtc);
            if (cache.TryGetValue(files[i].FullPath, out var cached) && cached.Length == stamps[i].Length && cached.LastWriteUtc == stamps[i].LastWriteUtc)
            {
                results[i] = cached.Result;
            }
            else
            {
                toParse.Add(i);
            }
        }

        var parser = new PostParser(site, summarizer);
        // Parallel.For hands out index ranges without the shared enumerator lock that ForEach over a list takes.
        Parallel.For(0, toParse.Count, new ParallelOptions { CancellationToken = cancellationToken }, n =>
        {
            var i = toParse[n];
            results[i] = ParseFile(parser, files[i], stamps[i].Length, stamps[i].LastWriteUtc);
        });
        LastParsedCount = toParse.Count;

        var nextCache = new Dictionary<string, CachedFile>(files.Count, StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            if (stamps[i] != default && !results[i].Transient)
            {
                nextCache[files[i].FullPath] = new CachedFile(stamps[i].Length, stamps[i].LastWriteUtc, results[i]);
            }
        }

        cache = nextCache;
        var scan = Collect(site, results, findWarnings);
        LastScanAt = timeProvider.GetUtcNow();
        return scan;
    }

    private static PostParseResult ParseFile(PostParser parser, PostFile file, long length, DateTime lastWriteUtc)
    {
        if (!PostFileReader.TryRead(file.FullPath, length, out var text, out var hash, out var problem, out var transient))
        {
            return new PostParseResult(null, new ScanWarning(file.Source, problem ?? "skipped")) { Transient = transient };
        }

        try
        {
            return parser.Parse(file, text, hash, new DateTimeOffset(lastWriteUtc, TimeSpan.Zero));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A parser bug on one odd file must not take the whole index down.
            return new PostParseResult(null, new ScanWarning(file.Source, $"could not be parsed ({ex.GetType().Name}: {ex.Message}); skipped"));
        }
    }

    private static PostScan Collect(SiteSettings site, PostParseResult[] results, List<ScanWarning> warnings)
    {
        // Every file is its own post: ids are source paths, so two posts sharing a front matter id or even a link
        // are both kept (see README, "Post identity").
        var posts = new List<Post>(results.Length);
        foreach (var result in results)
        {
            if (result.Warning is { } warning)
            {
                warnings.Add(warning);
            }

            if (result.Post is { } post)
            {
                posts.Add(post);
            }
        }

        var description = new SiteDescription(site.Layout, site.RootPath, site.SiteUrl, site.Permalink,
            [.. site.PostFolders.Select(f => Path.GetFullPath(Path.Combine(site.RootPath, f)))])
        {
            Notes = site.Notes,
        };
        return new PostScan(description, SiteGenerators.For(site.Layout).Arrange(posts), warnings);
    }

    private sealed record CachedFile(long Length, DateTime LastWriteUtc, PostParseResult Result);
}
