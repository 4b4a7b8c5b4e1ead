namespace Bot.Checks;

/// <summary>One area <c>check</c> looks at. Reads and asks, never sends anything a subscriber could see.</summary>
public interface ICheck
{
    /// <summary>What the runner names in a FAIL line when the check itself throws.</summary>
    string Subject { get; }

    /// <summary>The lines found; an empty list means the area does not apply to these settings.</summary>
    Task<IReadOnlyList<CheckLine>> RunAsync(CancellationToken cancellationToken);
}
