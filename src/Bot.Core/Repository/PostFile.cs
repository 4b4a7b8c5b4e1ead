namespace Bot.Core.Repository;

/// <summary>A file the layout says is a post.</summary>
/// <param name="FullPath">Absolute path on disk.</param>
/// <param name="Source">Path relative to the repository root, <c>/</c> separators.</param>
/// <param name="PostPath">Path inside its posts folder without extension (see <see cref="Links.PostLinkInput.PostPath"/>).</param>
/// <param name="InDraftsFolder">True under <c>_drafts/</c>: never published.</param>
/// <param name="FolderCategories">Jekyll: the folders above <c>_posts</c>, which Jekyll adds as categories.</param>
public sealed record PostFile(string FullPath, string Source, string PostPath, bool InDraftsFolder, IReadOnlyList<string> FolderCategories)
{
    /// <summary>Size in bytes when found, or -1 when the file could not be examined.</summary>
    public long Length { get; init; }

    /// <summary>Last write time (UTC) when found.</summary>
    public DateTime LastWriteUtc { get; init; }
}
