namespace Bot.Core.Repository;

/// <summary>Which generator's conventions the post repository follows.</summary>
public enum RepositoryLayout
{
    /// <summary>Detect from the files present (see README, "Layouts").</summary>
    Auto,
    Hexo,
    Jekyll,
    Hugo,

    /// <summary>Every *.md / *.markdown file, front matter optional.</summary>
    Plain,
}
