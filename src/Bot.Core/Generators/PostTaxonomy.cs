namespace Bot.Core.Generators;

/// <summary>A post's categories in the order assigned, the last category hierarchy (Hexo's <c>:category</c>), and tags.</summary>
public sealed record PostTaxonomy(IReadOnlyList<string> Categories, IReadOnlyList<string> LastCategoryPath, IReadOnlyList<string> Tags);
