using System.Globalization;

namespace Bot.Checks;

/// <summary>Prints one line per check and the verdict; the exit code is 0 only when nothing failed.</summary>
public static class CheckReportPrinter
{
    public const int ExitPassed = 0;
    public const int ExitFailed = 1;

    public static async Task<int> PrintAsync(IReadOnlyList<CheckLine> lines, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var line in lines)
        {
            await output.WriteLineAsync($"{Label(line.Verdict)}  {line.Subject}: {line.Message}");
        }

        var failed = lines.Count(l => l.Verdict == Verdict.Fail);
        var warned = lines.Count(l => l.Verdict == Verdict.Warn);
        var passed = lines.Count(l => l.Verdict == Verdict.Pass);
        var counts = string.Create(CultureInfo.InvariantCulture, $"{passed} passed, {warned} warnings, {failed} failed");
        await output.WriteLineAsync(failed == 0
            ? $"Verdict: READY ({counts})"
            : $"Verdict: NOT READY ({counts}); fix the FAIL lines above and run check again.");
        return failed == 0 ? ExitPassed : ExitFailed;
    }

    private static string Label(Verdict verdict) => verdict switch
    {
        Verdict.Pass => "PASS",
        Verdict.Warn => "WARN",
        _ => "FAIL",
    };
}
