namespace Bot.Checks;

/// <summary>
/// A check to run, by type: the runner resolves it only when its turn comes, so a setting that breaks one check's
/// construction becomes that check's FAIL line instead of stopping every check.
/// </summary>
/// <param name="Subject">What the FAIL line names when the check cannot even be built.</param>
/// <param name="CheckType">A registered <see cref="ICheck"/>.</param>
public sealed record CheckRegistration(string Subject, Type CheckType);
