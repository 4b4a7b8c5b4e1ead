using System.ComponentModel.DataAnnotations;

namespace Bot.Core.Repository;

/// <summary>The <c>Repository</c> settings section: where the blog lives and how to read it.</summary>
public sealed class RepositoryOptions
{
    public const string SectionName = "Repository";

    /// <summary>The blog's source folder. Relative paths resolve against the settings file that set them.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "sample-blog";

    public RepositoryLayout Layout { get; set; } = RepositoryLayout.Auto;

    /// <summary>Overrides the site URL from the generator's config (Hexo <c>url</c>, Jekyll <c>url</c>+<c>baseurl</c>, Hugo <c>baseURL</c>).</summary>
    public string? SiteUrl { get; set; }

    /// <summary>Overrides the generator's permalink pattern.</summary>
    public string? Permalink { get; set; }

    /// <summary>IANA or Windows time zone for dates without an offset when the site config names none. Default UTC.</summary>
    public string? TimeZone { get; set; }

    /// <summary>A git URL to clone into the data folder and keep pulled; when set, <see cref="Path"/> is not read.</summary>
    public string? Remote { get; set; }

    public string Branch { get; set; } = "main";

    public TimeSpan PullInterval { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan RescanInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Follow symbolic links to folders whose real path lies outside the repository root. A link to a single file
    /// outside is never followed.
    /// </summary>
    public bool FollowLinksOutside { get; set; }

    /// <summary>
    /// A new or changed post is announced only once its file has been unchanged this long (measured from its last
    /// write), so a file written in pieces is not announced half-written. Zero turns the wait off.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan SettleTime { get; set; } = TimeSpan.FromSeconds(2);
}
