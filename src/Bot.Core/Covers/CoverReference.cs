using Bot.Core.Repository;

namespace Bot.Core.Covers;

/// <summary>An image a post names as its cover, before the generator's rules make it an absolute URL.</summary>
/// <param name="Value">The path or URL as written (<c>cover: img/a.png</c>, <c>![](a.png)</c>, <c>&lt;img src="a.png"&gt;</c>).</param>
/// <param name="Key">The front matter key it came from (<c>cover</c>, <c>cover.image</c>, <c>images[0]</c>), or null for the body's first image.</param>
/// <param name="File">The post file (Hugo looks for the image in the page bundle beside it).</param>
/// <param name="Link">The post's absolute URL.</param>
/// <param name="Fields">The post's effective front matter (PaperMod's <c>cover.relative</c>, Chirpy's <c>media_subpath</c>).</param>
public sealed record CoverReference(string Value, string? Key, PostFile File, string Link, IReadOnlyDictionary<string, object?> Fields)
{
    public bool InBody => Key is null;
}
