namespace Bot.Core.Repository;

/// <summary>How a post file starts.</summary>
public enum FrontMatterKind
{
    None,

    /// <summary>YAML between <c>---</c> lines (Hexo, Jekyll, Hugo).</summary>
    Yaml,

    /// <summary>TOML between <c>+++</c> lines (Hugo).</summary>
    Toml,
}
