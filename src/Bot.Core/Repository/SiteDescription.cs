namespace Bot.Core.Repository;

/// <summary>What the scanner learned about the site: layout, where posts live, and how links are built.</summary>
/// <param name="Layout">The detected (or configured) layout, never <see cref="RepositoryLayout.Auto"/>.</param>
/// <param name="RootPath">Absolute path of the repository root.</param>
/// <param name="SiteUrl">Site URL used for links, without a trailing slash.</param>
/// <param name="Permalink">The permalink pattern in use.</param>
/// <param name="PostFolders">Absolute folders that hold posts: what a watcher should watch.</param>
public sealed record SiteDescription(
    RepositoryLayout Layout,
    string RootPath,
    string SiteUrl,
    string Permalink,
    IReadOnlyList<string> PostFolders)
{
    /// <summary>Assumptions made while reading the site that the user should confirm (shown by <c>check</c>).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
