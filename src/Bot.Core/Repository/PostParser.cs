using Bot.Core.Covers;
using Bot.Core.Generators;
using Bot.Core.Links;
using Bot.Core.Posts;
using Bot.Core.Summaries;

namespace Bot.Core.Repository;

/// <summary>
/// Turns one post file's text into a <see cref="Post"/> with the generator's field rules. A file whose front matter
/// cannot be parsed is skipped with a warning; a post with no title or no date gets the documented fallback (first
/// <c>#</c> heading, else the file name; file name date prefix, else the last write time) and, for the weaker
/// fallbacks, one warning saying which were used.
/// </summary>
public sealed class PostParser
{
    private static readonly string[] DateKeys = ["date", "publishDate", "pubDate"];
    private static readonly string[] UpdatedKeys = ["updated", "lastmod", "last_modified_at", "modified"];
    private static readonly string[] ExpiryKeys = ["expiryDate", "unpublishDate"];
    private readonly SiteSettings site;
    private readonly ISiteGenerator generator;
    private readonly PostSummarizer summarizer;

    public PostParser(SiteSettings site, PostSummarizer summarizer)
    {
        ArgumentNullException.ThrowIfNull(site);
        this.site = site;
        generator = SiteGenerators.For(site.Layout);
        this.summarizer = summarizer;
    }

    public PostParseResult Parse(PostFile file, string text, string contentHash, DateTimeOffset lastWriteUtc)
    {
        ArgumentNullException.ThrowIfNull(file);
        FrontMatter frontMatter;
        try
        {
            frontMatter = generator.ReadFrontMatter(text);
        }
        catch (FrontMatterException ex)
        {
            return new PostParseResult(null, new ScanWarning(file.Source, $"malformed front matter ({ex.Message}); skipped"));
        }

        var fields = generator.EffectiveFrontMatter(frontMatter.Fields, file, site);
        var fallbacks = new List<string>();
        var fileName = Path.GetFileName(file.PostPath);
        var hasDatePrefix = generator.TryStripDatePrefix(fileName, out var prefixDate, out var nameWithoutDate);
        var title = Title(fields, frontMatter.Body, hasDatePrefix ? nameWithoutDate : fileName, fallbacks);
        var publishedTitle = generator.PublishedTitle(fields, hasDatePrefix ? nameWithoutDate : fileName);
        var date = Date(fields, hasDatePrefix ? prefixDate : null, lastWriteUtc, fallbacks);
        var taxonomy = generator.ReadTaxonomy(fields, file);
        var legacyId = PostIdentity.Legacy(fields, file.Source);
        var link = generator.BuildLink(
            new PostLinkInput
            {
                PostPath = generator.LinkPath(file, site),
                FileName = fileName,
                Title = title,
                Date = date,
                Categories = taxonomy.Categories,
                LastCategoryPath = taxonomy.LastCategoryPath,
                FrontMatter = fields,
                Id = legacyId,
            },
            site);
        var post = new Post
        {
            Id = PostIdentity.For(file.Source),
            LegacyId = legacyId,
            Source = file.Source,
            Title = title,
            GeneratorTitle = publishedTitle is not null && publishedTitle != title ? publishedTitle : null,
            Date = date,
            Updated = FirstDate(fields, UpdatedKeys),
            Categories = taxonomy.Categories,
            Tags = taxonomy.Tags,
            Link = link,
            Summary = summarizer.Summarize(frontMatter.Body, fields, site.ExcerptSeparator),
            IsDraft = file.InDraftsFolder || FrontMatterValues.GetBool(fields, "draft") == true || FrontMatterValues.GetBool(fields, "published") == false,
            ExpiryDate = FirstDate(fields, ExpiryKeys),
            ContentHash = contentHash,
            Cover = CoverFinder.Find(generator, fields, frontMatter.Body, file, link, site),
        };
        var warning = fallbacks.Count > 0 ? new ScanWarning(file.Source, string.Join("; ", fallbacks)) : null;
        return new PostParseResult(post, warning);
    }

    private string Title(IReadOnlyDictionary<string, object?> fields, string body, string fileName, List<string> fallbacks)
    {
        // The generators keep a title as written: a quoted `'Backup '` stays "Backup " in Hexo's and Jekyll's output.
        if (FrontMatterValues.GetString(fields, "title") is { } own && !string.IsNullOrWhiteSpace(own))
        {
            return own;
        }

        if (summarizer.FirstHeading(body) is { } heading)
        {
            return heading;
        }

        var fromName = generator.TitleFromFileName(fileName);
        fallbacks.Add($"no title and no '#' heading; used the file name \"{fromName}\"");
        return fromName;
    }

    private DateTimeOffset Date(IReadOnlyDictionary<string, object?> fields, DateTime? prefixDate, DateTimeOffset lastWriteUtc, List<string> fallbacks)
    {
        foreach (var key in DateKeys)
        {
            if (FrontMatterValues.GetString(fields, key) is { Length: > 0 } text)
            {
                if (generator.TryParseDate(text, site.TimeZone, out var date))
                {
                    return date;
                }

                fallbacks.Add($"{key} '{text}' is not a date");
                break;
            }
        }

        if (prefixDate is { } fromName)
        {
            return PostDates.InZone(fromName, site.TimeZone);
        }

        fallbacks.Add("no date; used the file's last write time");
        return TimeZoneInfo.ConvertTime(lastWriteUtc, site.TimeZone);
    }

    private DateTimeOffset? FirstDate(IReadOnlyDictionary<string, object?> fields, string[] keys)
    {
        foreach (var key in keys)
        {
            if (FrontMatterValues.GetString(fields, key) is { Length: > 0 } text && generator.TryParseDate(text, site.TimeZone, out var date))
            {
                return date;
            }
        }

        return null;
    }
}
