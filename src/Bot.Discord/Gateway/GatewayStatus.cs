namespace Bot.Discord.Gateway;

/// <summary>
/// One reported step: what happened, in words fit for a log line (never the token), plus the wait or the close code
/// when there is one. A <see cref="GatewayStatusKind.Waiting"/> status is reported once its timer is set.
/// </summary>
public sealed record GatewayStatus(GatewayStatusKind Kind, string Message, TimeSpan? Delay = null, int? CloseCode = null);
