using Bot.Core.Posts;
using Bot.Core.Repository;
using Bot.Core.Summaries;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Core.Tests.Repository;

/// <summary>Scans a folder with the real scanner and finds posts by source path.</summary>
internal static class ScannerFixture
{
    public static readonly DateTimeOffset Now = new(2026, 2, 1, 0, 0, 0, TimeSpan.Zero);

    public static PostRepositoryScanner Scanner(string root, RepositoryOptions? options = null) =>
        new(root, options ?? new RepositoryOptions(), new SummaryOptions(), new FakeTimeProvider(Now));

    public static PostScan Scan(string root, RepositoryOptions? options = null) => Scanner(root, options).Scan(CancellationToken.None);

    public static Post BySource(this PostScan scan, string source) =>
        scan.Posts.SingleOrDefault(p => p.Source == source) ?? throw new Xunit.Sdk.XunitException(
            $"no post from {source}; found {string.Join(", ", scan.Posts.Select(p => p.Source))}; warnings {string.Join(", ", scan.Warnings)}");
}
