using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Tests.TestSupport;

/// <summary>
/// A blog, a database path and <c>config/appsettings.json</c> with one console channel "all", in a temp folder, for
/// running the real bot as a child process (<see cref="BotProcess"/>); the settings can be rewritten while it runs.
/// </summary>
public sealed class ServiceFolder : IDisposable
{
    private readonly TempFolder folder = new();

    public ServiceFolder()
    {
        Blog = new TestBlog(folder.Combine("blog"));
        Blog.WritePost("old", TestBlog.FirstDate);
        ConfigDirectory = folder.Combine("config");
        DatabasePath = folder.Combine("data", "bot.db");
        SettingsPath = HostSettings.Write(Path.Combine(ConfigDirectory, "appsettings.json"), Blog.Root, DatabasePath, [("all", ["*"])]);
        OriginalSettings = File.ReadAllText(SettingsPath);
    }

    public TestBlog Blog { get; }

    public string ConfigDirectory { get; }

    public string DatabasePath { get; }

    public string SettingsPath { get; }

    public string OriginalSettings { get; }

    public string Combine(params string[] parts) => folder.Combine(parts);

    /// <summary>The original settings with <paramref name="key"/> (Section:Key) set to <paramref name="value"/>.</summary>
    public string With(string key, string value)
    {
        var settings = JsonNode.Parse(OriginalSettings)!.AsObject();
        var (section, name) = (key.Split(':')[0], key.Split(':')[1]);
        if (settings[section] is not JsonObject target)
        {
            settings[section] = target = [];
        }

        target[name] = value;
        return settings.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>Replaces the settings file in one step (a temp file and a rename), as an editor saving it would.</summary>
    public void WriteSettings(string text)
    {
        var temp = SettingsPath + ".tmp";
        File.WriteAllText(temp, text);
        File.Move(temp, SettingsPath, overwrite: true);
    }

    public static bool IsAnnouncement(string line, string postId) =>
        line.StartsWith(Bot.ConsoleChannel.ConsoleAnnouncementFormatter.HeaderPrefix, StringComparison.Ordinal)
        && line.Contains($" post {postId} ", StringComparison.Ordinal);

    public void Dispose() => folder.Dispose();
}
