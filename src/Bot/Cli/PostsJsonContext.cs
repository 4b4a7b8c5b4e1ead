using System.Text.Json.Serialization;

namespace Bot.Cli;

/// <summary>Source-generated JSON for <c>posts --json</c>: camelCase names, indented, no <c>status</c> unless set.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(List<PostJson>))]
internal sealed partial class PostsJsonContext : JsonSerializerContext;
