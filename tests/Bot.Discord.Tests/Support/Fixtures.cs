using System.Text.Json;
using Bot.Discord.Gateway;

namespace Bot.Discord.Tests.Support;

/// <summary>Loads JSON fixtures from TestData.</summary>
internal static class Fixtures
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    /// <summary>A fixture wrapped as the INTERACTION_CREATE dispatch it arrives in.</summary>
    public static GatewayDispatch InteractionCreate(string name) =>
        new(GatewayDispatch.InteractionCreate, 7, JsonDocument.Parse(Read(name)).RootElement.Clone());
}
