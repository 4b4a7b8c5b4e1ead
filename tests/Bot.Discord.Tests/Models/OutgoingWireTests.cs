using System.Text.Json;
using Bot.Discord.Gateway;
using Bot.Discord.Models;
using Bot.Discord.Serialization;
using Bot.Discord.Tests.Support;

namespace Bot.Discord.Tests.Models;

public sealed class OutgoingWireTests
{
    [Fact]
    public void Serialize_UpdateMessageWithButtonsAndSelect_WritesDocumentedShapeWithoutNulls()
    {
        var callback = new InteractionCallback
        {
            Type = InteractionCallbackType.UpdateMessage,
            Data = new InteractionCallbackData
            {
                Flags = MessageFlags.Ephemeral,
                Components =
                [
                    MessageComponent.ActionRow(MessageComponent.Button("latest:p2", "下一页 ▶"), MessageComponent.LinkButton("https://blog.example", "Blog")),
                    MessageComponent.ActionRow(MessageComponent.StringSelect("cat", [new SelectOption { Label = "自然语言处理", Value = "c1" }], "分类")),
                ],
            },
        };

        var json = JsonSerializer.Serialize(callback, DiscordJsonContext.Wire.InteractionCallback);

        Assert.Equal(
            """{"type":7,"data":{"components":[{"type":1,"components":[{"type":2,"style":2,"label":"下一页 ▶","custom_id":"latest:p2"},{"type":2,"style":5,"label":"Blog","url":"https://blog.example"}]},{"type":1,"components":[{"type":3,"custom_id":"cat","options":[{"label":"自然语言处理","value":"c1"}],"placeholder":"分类"}]}],"flags":64}}""",
            json);
    }

    [Fact]
    public void Serialize_EmbedWithTimestampAndFields_UsesSnakeCaseAndIsoTimestamp()
    {
        var embed = new Embed
        {
            Title = "T",
            Timestamp = new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.FromHours(8)),
            Fields = [new EmbedField { Name = "分类", Value = "NLP", Inline = true }],
            Author = new EmbedAuthor { Name = "博主", IconUrl = "https://blog.example/a.png" },
        };

        var json = JsonSerializer.Serialize(embed, DiscordJsonContext.Wire.Embed);

        Assert.Equal(
            """{"title":"T","timestamp":"2026-03-01T09:30:00+08:00","fields":[{"name":"分类","value":"NLP","inline":true}],"author":{"name":"博主","icon_url":"https://blog.example/a.png"}}""",
            json);
    }

    [Fact]
    public void Serialize_HeartbeatOnFreshSession_WritesNullData()
    {
        var json = JsonSerializer.Serialize(new GatewayPayload { Op = GatewayOpcode.Heartbeat }, DiscordJsonContext.Wire.GatewayPayload);

        Assert.Equal("""{"op":1,"d":null}""", json);
    }

    [Fact]
    public void ToString_CredentialCarriers_NeverPrintTheToken()
    {
        var identify = new IdentifyData { Token = RestHarness.Token, Properties = new() { Os = "linux", Browser = "b", Device = "d" } };
        var resume = new ResumeData { Token = RestHarness.Token, SessionId = "s", Seq = 3 };
        var payload = new GatewayPayload { Op = GatewayOpcode.Identify, D = JsonSerializer.SerializeToElement(identify, DiscordJsonContext.Wire.IdentifyData) };
        var rest = new DiscordRestOptions { Token = RestHarness.Token };
        var gateway = new DiscordGatewayOptions { Token = RestHarness.Token };
        var webhook = DiscordWebhookUrl.Parse("https://discord.com/api/webhooks/1/" + RestHarness.Token);

        Assert.All(
            new object[] { identify, resume, payload, rest, gateway, webhook },
            value => Assert.DoesNotContain(RestHarness.Token, value.ToString(), StringComparison.Ordinal));
    }
}
