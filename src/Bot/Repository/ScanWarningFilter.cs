using Bot.Core.Repository;

namespace Bot.Repository;

/// <summary>
/// Lets each scan warning through once per file and reason: a broken post is reported when it appears, not again on
/// every rescan; fixed and broken again, it is reported again.
/// </summary>
public sealed class ScanWarningFilter
{
    private HashSet<ScanWarning> reported = [];

    public IReadOnlyList<ScanWarning> NewSinceLastScan(IReadOnlyList<ScanWarning> warnings)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        var current = warnings.ToHashSet();
        var fresh = warnings.Where(w => !reported.Contains(w)).Distinct().ToList();
        reported = current;
        return fresh;
    }
}
