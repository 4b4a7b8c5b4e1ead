using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Tests.TestSupport;

/// <summary>Writes a settings file for a real host or child process: the blog, the database and console channels.</summary>
public static class HostSettings
{
    public static string Write(string path, string blogRoot, string databasePath, IEnumerable<(string Name, string[] Categories)> channels, TimeSpan? consoleMinInterval = null)
    {
        var settings = new JsonObject
        {
            ["Logging"] = new JsonObject { ["LogLevel"] = new JsonObject { ["Default"] = "Warning", ["Bot.Delivery"] = "Information" } },
            ["Repository"] = new JsonObject { ["Path"] = blogRoot, ["Layout"] = "Hexo", ["RescanInterval"] = "00:10:00" },
            ["Storage"] = new JsonObject { ["Path"] = databasePath },
            // The crash tests fan out hundreds of deliveries on purpose; FloodGuardHostTests sets its own Publishing section.
            ["Publishing"] = new JsonObject { ["FloodGuard"] = 0 },
            ["Console"] = new JsonObject { ["MinInterval"] = (consoleMinInterval ?? TimeSpan.Zero).ToString("c") },
            ["Channels"] = new JsonArray([.. channels.Select(c => (JsonNode)new JsonObject
            {
                ["Name"] = c.Name,
                ["Platform"] = "Console",
                ["Categories"] = new JsonArray([.. c.Categories.Select(x => (JsonNode)JsonValue.Create(x))]),
            })]),
        };
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, settings.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return path;
    }
}
