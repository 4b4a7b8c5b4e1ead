using Bot.Core.Repository;
using CsCheck;

namespace Bot.Core.Tests.Repository;

/// <summary>Arbitrary text after a front matter delimiter either parses or fails with a FrontMatterException.</summary>
public sealed class FrontMatterPropertyTests
{
    private static readonly string[] Pieces =
    [
        "---\n", "+++\n", "...\n", "title: ", "date: ", "[", "]", "{", "}", ": ", "- ", "  ", "\n", "'", "\"", "#", "&a ", "*a ",
        "!!str ", "|\n", ">\n", "= ", "[[x]]\n", "\t", "深度学习", "😀", "\\", ",", "%", "@", "`",
    ];

    private static readonly Gen<string> Text = Gen.Frequency(
            (4, Gen.OneOf(Pieces)),
            (1, Gen.Char.Select(c => c.ToString())),
            (2, Gen.String[Gen.Char['a', 'z'], 1, 6]))
        .Array[0, 60]
        .Select(parts => string.Concat(parts));

    [Fact]
    public void Parse_ArbitraryText_ThrowsOnlyFrontMatterException()
    {
        Gen.Select(Gen.OneOf("---\n", "+++\n", string.Empty), Text).Sample((opening, text) =>
        {
            try
            {
                FrontMatterParser.Parse(opening + text);
            }
            catch (FrontMatterException)
            {
                // The documented failure: the scanner turns it into one warning.
            }
        }, iter: 5000);
    }
}
