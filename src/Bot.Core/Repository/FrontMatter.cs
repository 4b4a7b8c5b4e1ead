namespace Bot.Core.Repository;

/// <summary>A post file split into its front matter fields and its Markdown body.</summary>
/// <param name="Fields">Keys compared case-insensitively; scalars as strings, lists, nested dictionaries.</param>
/// <param name="Body">The Markdown after the closing delimiter (the whole file when there is no front matter).</param>
/// <param name="Kind">Which front matter syntax the file used.</param>
public sealed record FrontMatter(IReadOnlyDictionary<string, object?> Fields, string Body, FrontMatterKind Kind);
