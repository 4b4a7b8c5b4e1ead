namespace Bot.Core.Generators.Hugo;

/// <summary>
/// Finds Hugo's sections under the content folder: every top-level folder, and a nested folder only when it holds an
/// <c>_index</c> page (a branch bundle). Hugo 0.111.3 published <c>content/docs/guide/x.md</c> under
/// <c>:sections</c> = <c>docs</c> because <c>guide</c> had no <c>_index.md</c>.
/// </summary>
internal static class HugoSectionFinder
{
    private static readonly EnumerationOptions Walk = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden | FileAttributes.System,
    };

    public static HashSet<string> Find(string contentFolder)
    {
        var sections = new HashSet<string>(StringComparer.Ordinal);
        if (!Directory.Exists(contentFolder))
        {
            return sections;
        }

        try
        {
            foreach (var folder in Directory.EnumerateDirectories(contentFolder))
            {
                sections.Add(Path.GetFileName(folder));
            }

            foreach (var index in Directory.EnumerateFiles(contentFolder, "_index.*", Walk))
            {
                var folder = Path.GetRelativePath(contentFolder, Path.GetDirectoryName(index)!).Replace('\\', '/');
                if (folder != ".")
                {
                    sections.Add(folder);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // An unreadable folder leaves what was found; its posts get their own warning when they are read.
        }

        return sections;
    }
}
