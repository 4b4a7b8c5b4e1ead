using Microsoft.Extensions.Configuration.Json;

namespace Bot.Configuration;

/// <summary>
/// Loads a JSON settings file and rewrites the values of <see cref="PathKeys"/> that are relative paths into absolute
/// ones, against the folder that holds the file. Reloads keep doing so. A reload that is not valid JSON or holds a bad
/// value (<see cref="SettingProblems"/>) is refused: the file's previous values stay and the reporter is told.
/// </summary>
public sealed class PathResolvingJsonConfigurationProvider(PathResolvingJsonConfigurationSource source)
    : JsonConfigurationProvider(source)
{
    /// <summary>Settings that name files or folders.</summary>
    public static readonly IReadOnlyList<string> PathKeys = ["Repository:Path", "Storage:Path"];

    private bool loaded;

    public override void Load(Stream stream)
    {
        if (!loaded)
        {
            base.Load(stream);
            ResolvePaths();
            loaded = true;
            return;
        }

        var previous = Data;
        try
        {
            base.Load(stream);
        }
        catch (FormatException ex)
        {
            Data = previous;
            source.Reporter?.Rejected(FilePath(), $"not valid JSON ({ex.InnerException?.Message ?? ex.Message})");
            return;
        }

        ResolvePaths();
        var problems = Data.Select(pair => SettingProblems.Check(pair.Key, pair.Value)).OfType<string>().ToList();
        if (problems.Count > 0)
        {
            Data = previous;
            source.Reporter?.Rejected(FilePath(), string.Join("; ", problems));
        }
    }

    private void ResolvePaths()
    {
        var folder = FileFolder();
        if (folder is null)
        {
            return;
        }

        foreach (var key in PathKeys)
        {
            if (Data.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) && !Path.IsPathRooted(value))
            {
                Data[key] = Path.GetFullPath(Path.Combine(folder, value));
            }
        }
    }

    private string FilePath() => Source.FileProvider?.GetFileInfo(Source.Path ?? "").PhysicalPath ?? Source.Path ?? "settings";

    private string? FileFolder()
    {
        var fileInfo = Source.FileProvider?.GetFileInfo(Source.Path ?? "");
        return fileInfo?.PhysicalPath is { } physical ? Path.GetDirectoryName(physical) : null;
    }
}
