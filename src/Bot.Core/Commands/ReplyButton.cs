namespace Bot.Core.Commands;

/// <summary>A button: the label a user sees and the payload that comes back (ASCII, at most 64 bytes).</summary>
public sealed record ReplyButton(string Label, string Payload);
