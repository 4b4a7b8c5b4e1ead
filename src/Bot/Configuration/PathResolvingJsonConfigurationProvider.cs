using Microsoft.Extensions.Configuration.Json;

namespace Bot.Configuration;

/// <summary>
/// Loads a JSON settings file and rewrites the values of <see cref="PathKeys"/> that are relative paths into absolute
/// ones, against the folder that holds the file. Reloads keep doing so.
/// </summary>
public sealed class PathResolvingJsonConfigurationProvider(PathResolvingJsonConfigurationSource source)
    : JsonConfigurationProvider(source)
{
    /// <summary>Settings that name files or folders.</summary>
    public static readonly IReadOnlyList<string> PathKeys = ["Repository:Path", "Storage:Path"];

    public override void Load(Stream stream)
    {
        base.Load(stream);
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

    private string? FileFolder()
    {
        var fileInfo = Source.FileProvider?.GetFileInfo(Source.Path ?? "");
        return fileInfo?.PhysicalPath is { } physical ? Path.GetDirectoryName(physical) : null;
    }
}
