using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Tests.Checks;

/// <summary>Writes a settings file for <c>check</c>: a blog folder, a database path, Telegram settings and channels.</summary>
internal static class CheckSettings
{
    public static string Write(string path, string blogRoot, string databasePath, JsonObject? telegram, params JsonObject[] channels)
    {
        var settings = new JsonObject
        {
            ["Logging"] = new JsonObject { ["LogLevel"] = new JsonObject { ["Default"] = "None" } },
            ["Repository"] = new JsonObject { ["Path"] = blogRoot, ["Layout"] = "Hexo" },
            ["Storage"] = new JsonObject { ["Path"] = databasePath },
            ["Channels"] = new JsonArray([new JsonObject { ["Name"] = "console", ["Platform"] = "Console" }, .. channels]),
        };
        if (telegram is not null)
        {
            settings["Telegram"] = telegram;
        }

        File.WriteAllText(path, settings.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return path;
    }

    /// <summary>Sets <c>Repository:Remote</c> in a file written by <see cref="Write"/>.</summary>
    public static string WithRemote(string path, string remote)
    {
        var settings = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        settings["Repository"]!["Remote"] = remote;
        File.WriteAllText(path, settings.ToJsonString());
        return path;
    }

    public static JsonObject Telegram(string token, string apiBaseUrl) => new()
    {
        ["Token"] = token,
        ["ApiBaseUrl"] = apiBaseUrl,
        ["Commands"] = false,
    };

    public static JsonObject TelegramChannel(string name, string chatId) => new()
    {
        ["Name"] = name,
        ["Platform"] = "Telegram",
        ["ChatId"] = chatId,
    };
}
