using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Tests.Checks;

/// <summary>Writes a settings file for <c>check</c>: a blog folder, a database path, Telegram settings and channels.</summary>
internal static class CheckSettings
{
    public static string Write(string path, string blogRoot, string databasePath, JsonObject? telegram, params JsonObject[] channels) =>
        Write(path, blogRoot, databasePath, telegram, null, channels);

    public static string Write(string path, string blogRoot, string databasePath, JsonObject? telegram, JsonObject? discord, params JsonObject[] channels)
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

        if (discord is not null)
        {
            settings["Discord"] = discord;
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

    public static JsonObject Discord(string token, string apiBaseUrl) => new()
    {
        ["Token"] = token,
        ["ApiBaseUrl"] = apiBaseUrl,
        ["Commands"] = false,
    };

    public static JsonObject DiscordChannel(string name, string? channelId = null, string? webhookUrl = null) => new()
    {
        ["Name"] = name,
        ["Platform"] = "Discord",
        ["ChannelId"] = channelId,
        ["WebhookUrl"] = webhookUrl,
    };

    public static JsonObject TelegramChannel(string name, string chatId) => new()
    {
        ["Name"] = name,
        ["Platform"] = "Telegram",
        ["ChatId"] = chatId,
    };
}
