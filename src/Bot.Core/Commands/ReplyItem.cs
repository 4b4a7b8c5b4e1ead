namespace Bot.Core.Commands;

/// <summary>One post in a reply list.</summary>
public sealed record ReplyItem(
    string Title,
    string Link,
    DateTimeOffset Date,
    IReadOnlyList<string> Categories,
    string Summary);
