using Bot.Discord.Models;

namespace Bot.Discord.Tests.Models;

public sealed class DiscordLimitsTests
{
    [Fact]
    public void EmbedCharacters_AllCountedParts_SumsTrimmedLengthsAcrossEmbeds()
    {
        Embed[] embeds =
        [
            new()
            {
                Title = "  标题 ",
                Description = new string('x', 100),
                Url = "https://not.counted.example",
                Footer = new EmbedFooter { Text = "NLP · 随笔" },
                Author = new EmbedAuthor { Name = "博主" },
                Fields = [new EmbedField { Name = "a", Value = "bc" }],
            },
            new() { Description = "😀" },
        ];

        Assert.Equal(2 + 100 + 8 + 2 + 1 + 2 + 2, DiscordLimits.EmbedCharacters(embeds));
    }

    [Fact]
    public void EmbedCharacters_EmptyEmbed_IsZero()
    {
        Assert.Equal(0, DiscordLimits.EmbedCharacters(new Embed()));
    }
}
