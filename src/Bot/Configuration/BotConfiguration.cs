using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;

namespace Bot.Configuration;

/// <summary>
/// Builds the settings every verb and the service read, layered the .NET way:
/// <c>config/appsettings.json</c>, <c>config/appsettings.{Environment}.json</c>, each <c>--config FILE</c> in order,
/// then environment variables (<c>Section__Key</c>). Relative paths in a file resolve against that file's folder;
/// code defaults resolve against the application root (the folder above <c>config/</c>).
/// </summary>
public static class BotConfiguration
{
    public const string ConfigDirectoryVariable = "BOT_CONFIG_DIR";

    public static IConfigurationRoot Build(
        IReadOnlyList<string> extraFiles, string environmentName, bool reloadOnChange, SettingsReloadReporter? reporter = null) =>
        Build(FindConfigDirectory(), extraFiles, environmentName, reloadOnChange, reporter);

    /// <summary>The same layering with an explicit <c>config/</c> folder; refused reloads go to <paramref name="reporter"/>.</summary>
    public static IConfigurationRoot Build(
        string configDirectory, IReadOnlyList<string> extraFiles, string environmentName, bool reloadOnChange, SettingsReloadReporter? reporter = null)
    {
        var builder = new ConfigurationBuilder();
        var layers = new ReplacedListLayers();
        AddJson(builder, layers, reporter, Path.Combine(configDirectory, "appsettings.json"), optional: true, reloadOnChange);
        AddJson(builder, layers, reporter, Path.Combine(configDirectory, $"appsettings.{environmentName}.json"), optional: true, reloadOnChange);
        foreach (var file in extraFiles)
        {
            var full = Path.GetFullPath(file);
            if (!File.Exists(full))
            {
                throw new FileNotFoundException($"Settings file '{file}' given with --config does not exist.", full);
            }

            AddJson(builder, layers, reporter, full, optional: false, reloadOnChange);
        }

        builder.AddEnvironmentVariables();
        return builder.Build();
    }

    /// <summary>The application root: relative code defaults such as <c>data/bot.db</c> resolve against it.</summary>
    public static string ApplicationRoot => Path.GetDirectoryName(FindConfigDirectory()) ?? Directory.GetCurrentDirectory();

    /// <summary>
    /// <c>$BOT_CONFIG_DIR</c>, else <c>./config</c>, else the nearest <c>config/</c> above the executable (so
    /// <c>dotnet run</c> works from any folder), else <c>config/</c> beside the executable.
    /// </summary>
    public static string FindConfigDirectory()
    {
        if (Environment.GetEnvironmentVariable(ConfigDirectoryVariable) is { Length: > 0 } fromEnvironment)
        {
            return Path.GetFullPath(fromEnvironment);
        }

        var local = Path.Combine(Directory.GetCurrentDirectory(), "config");
        if (File.Exists(Path.Combine(local, "appsettings.json")))
        {
            return local;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "config");
            if (File.Exists(Path.Combine(candidate, "appsettings.json")))
            {
                return candidate;
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "config");
    }

    private static void AddJson(
        ConfigurationBuilder builder, ReplacedListLayers layers, SettingsReloadReporter? reporter, string fullPath, bool optional, bool reloadOnChange)
    {
        var folder = Path.GetDirectoryName(fullPath)!;
        var json = new PathResolvingJsonConfigurationSource
        {
            FileProvider = Directory.Exists(folder) ? new PhysicalFileProvider(folder) : null,
            Path = Path.GetFileName(fullPath),
            Optional = optional,
            ReloadOnChange = reloadOnChange,
            Reporter = reporter,
        };
        builder.Add(new ListReplacingConfigurationSource(json, layers));
    }
}
