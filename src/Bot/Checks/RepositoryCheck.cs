using System.Globalization;
using Bot.Core.Posts;
using Bot.Core.Repository;
using Bot.Repository;

namespace Bot.Checks;

/// <summary>
/// Scans the repository as the service would: the folder is found and readable, the layout detected, how many posts,
/// every skipped file and why, and the site URL and permalink pattern with the newest post's link as an example.
/// </summary>
public sealed class RepositoryCheck(RepositoryLocation location, IPostScanner scanner, TimeProvider time) : ICheck
{
    public string Subject => "Repository";

    public Task<IReadOnlyList<CheckLine>> RunAsync(CancellationToken cancellationToken)
    {
        if (location.UsesRemote && !Directory.Exists(Path.Combine(location.ClonePath, ".git")))
        {
            return Task.FromResult<IReadOnlyList<CheckLine>>([CheckLine.Warn(Subject,
                $"not cloned yet: the service clones Repository:Remote into '{location.ClonePath}' when it starts; run check again after that to see the posts.")]);
        }

        PostScan scan;
        try
        {
            scan = scanner.Scan(cancellationToken);
        }
        catch (RepositoryUnavailableException ex)
        {
            return Task.FromResult<IReadOnlyList<CheckLine>>([CheckLine.Fail(Subject, $"'{location.RootPath}' cannot be read: {ex.Message}")]);
        }

        return Task.FromResult<IReadOnlyList<CheckLine>>(Describe(scan));
    }

    private List<CheckLine> Describe(PostScan scan)
    {
        var now = time.GetUtcNow();
        var published = scan.Posts.Where(p => p.StatusAt(now) == PostStatus.Published).ToList();
        var lines = new List<CheckLine>();
        var counts = string.Create(CultureInfo.InvariantCulture,
            $"'{scan.Site.RootPath}' readable; layout {scan.Site.Layout}; {published.Count} published posts ({scan.Posts.Count} found, {scan.Warnings.Count} skipped or read with a fallback)");
        lines.Add(published.Count > 0
            ? CheckLine.Pass(Subject, counts)
            : CheckLine.Warn(Subject, counts + "; nothing to announce yet: check Repository:Path and Repository:Layout."));
        lines.AddRange(scan.Warnings.Select(w => CheckLine.Warn($"Repository {w.File}", w.Reason)));
        lines.AddRange(scan.Site.Notes.Select(note => CheckLine.Warn("Time zone", note)));

        var newest = published.OrderByDescending(p => p.Date).ThenBy(p => p.Id, StringComparer.Ordinal).FirstOrDefault();
        var example = newest is null ? "no published post to build an example link from" : $"newest post \"{newest.Title}\" links to {newest.Link}";
        lines.Add(CheckLine.Pass("Links", $"site URL {scan.Site.SiteUrl}, permalink {scan.Site.Permalink}; {example}"));
        return lines;
    }
}
