using System.Text.Json.Serialization;

namespace Bot.Cli;

/// <summary>
/// One post as <c>posts --json</c> prints it; <see cref="Cover"/> always (null when the post has none),
/// <see cref="Status"/> only with <c>--all</c>.
/// </summary>
public sealed record PostJson(
    string Id,
    string Source,
    string Title,
    DateTimeOffset Date,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Tags,
    string Link,
    string Summary,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Cover,
    string? Status);
