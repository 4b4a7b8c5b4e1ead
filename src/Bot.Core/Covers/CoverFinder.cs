using Bot.Core.Generators;
using Bot.Core.Repository;

namespace Bot.Core.Covers;

/// <summary>
/// A post's cover: the first front matter key of the generator's <see cref="ISiteGenerator.CoverKeys"/> that names a
/// usable image, else the image the generator picks from the post's folder (Hugo's page bundle), else the first usable
/// image of the body; each resolved to an absolute URL by <see cref="ISiteGenerator.ResolveCover"/>. A reference that
/// resolves to nothing usable (a <c>data:</c> URI, another scheme) is passed over for the next.
/// </summary>
public static class CoverFinder
{
    public static string? Find(ISiteGenerator generator, IReadOnlyDictionary<string, object?> fields, string body, PostFile file, string link, SiteSettings site)
    {
        ArgumentNullException.ThrowIfNull(generator);
        foreach (var key in generator.CoverKeys)
        {
            if (CoverKeys.Read(fields, key) is { } value && generator.ResolveCover(new CoverReference(value, key, file, link, fields), site) is { } url)
            {
                return url;
            }
        }

        if (generator.FolderCover(file) is { } name && generator.ResolveCover(new CoverReference(name, FolderKey, file, link, fields), site) is { } fromFolder)
        {
            return fromFolder;
        }

        foreach (var image in BodyImages.InOrder(body))
        {
            if (generator.ResolveCover(new CoverReference(image, null, file, link, fields), site) is { } url)
            {
                return url;
            }
        }

        return null;
    }

    /// <summary>The <see cref="CoverReference.Key"/> of an image the generator found beside the post file.</summary>
    public const string FolderKey = "(bundle)";
}
