using System.Text.Json.Nodes;

namespace Bot.Tests.Fakes.Discord;

/// <summary>
/// INTERACTION_CREATE <c>d</c> objects shaped like the examples in Discord's "Receiving and Responding" docs:
/// a guild member, locale, channel, and command data with options, a focused option, or a component with its message.
/// </summary>
public sealed class FakeDiscordInteractionPayloads(FakeDiscordServer server)
{
    public const string GuildId = "1200000000000000001";
    public const string ChannelId = "1200000000000000002";

    /// <summary>A slash command; <paramref name="options"/> are (name, type, value) triples.</summary>
    public JsonObject SlashCommand(string name, string locale = "en-US", params (string Name, int Type, JsonNode Value)[] options) =>
        Interaction(2, locale, new JsonObject
        {
            ["id"] = "1300000000000000" + name.Length,
            ["name"] = name,
            ["type"] = 1,
            ["options"] = new JsonArray([.. options.Select(o => new JsonObject { ["name"] = o.Name, ["type"] = o.Type, ["value"] = o.Value.DeepClone() })]),
        });

    /// <summary>Autocomplete for a string option the user is typing into.</summary>
    public JsonObject Autocomplete(string commandName, string optionName, string typed, string locale = "en-US") =>
        Interaction(4, locale, new JsonObject
        {
            ["id"] = "1300000000000000" + commandName.Length,
            ["name"] = commandName,
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject { ["type"] = 3, ["name"] = optionName, ["value"] = typed, ["focused"] = true }),
        });

    /// <summary>A button press (type 2) or a string select (type 3, with <paramref name="values"/>) on a message.</summary>
    public JsonObject Component(string customId, JsonObject message, string locale = "en-US", params string[] values)
    {
        var data = new JsonObject { ["custom_id"] = customId, ["component_type"] = values.Length == 0 ? 2 : 3 };
        if (values.Length > 0)
        {
            data["values"] = new JsonArray([.. values.Select(v => JsonValue.Create(v))]);
        }

        var interaction = Interaction(3, locale, data);
        interaction["message"] = message.DeepClone();
        return interaction;
    }

    private JsonObject Interaction(int type, string locale, JsonObject data) => new()
    {
        ["id"] = server.Store.NewSnowflake(),
        ["application_id"] = server.ApplicationId,
        ["type"] = type,
        ["data"] = data,
        ["guild_id"] = GuildId,
        ["channel_id"] = ChannelId,
        ["channel"] = new JsonObject { ["id"] = ChannelId, ["type"] = 0, ["guild_id"] = GuildId, ["name"] = "general" },
        ["member"] = new JsonObject
        {
            ["user"] = new JsonObject { ["id"] = "1200000000000000003", ["username"] = "reader", ["discriminator"] = "0", ["global_name"] = "读者", ["avatar"] = null },
            ["roles"] = new JsonArray(),
            ["permissions"] = "2147483647",
            ["joined_at"] = "2024-01-01T00:00:00.000000+00:00",
            ["nick"] = null,
        },
        ["token"] = "aW50ZXJhY3Rpb24" + Guid.NewGuid().ToString("N"),
        ["version"] = 1,
        ["app_permissions"] = "442368",
        ["locale"] = locale,
        ["guild_locale"] = "en-US",
        ["entitlements"] = new JsonArray(),
        ["authorizing_integration_owners"] = new JsonObject { ["0"] = GuildId },
        ["context"] = 0,
    };
}
