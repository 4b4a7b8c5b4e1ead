namespace Bot.Checks;

/// <summary>One printed line of <c>check</c>: the verdict, what was checked (a setting, a channel) and what was found.</summary>
public sealed record CheckLine(Verdict Verdict, string Subject, string Message)
{
    public static CheckLine Pass(string subject, string message) => new(Verdict.Pass, subject, message);

    public static CheckLine Warn(string subject, string message) => new(Verdict.Warn, subject, message);

    public static CheckLine Fail(string subject, string message) => new(Verdict.Fail, subject, message);
}
