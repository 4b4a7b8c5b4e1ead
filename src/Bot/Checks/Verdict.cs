namespace Bot.Checks;

/// <summary>How one check came out. A warning is worth reading but does not make <c>check</c> fail.</summary>
public enum Verdict
{
    Pass,
    Warn,
    Fail,
}
