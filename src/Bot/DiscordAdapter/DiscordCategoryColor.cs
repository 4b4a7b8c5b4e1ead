using System.Security.Cryptography;
using System.Text;
using Bot.Core.Posts;
using Bot.Discord;

namespace Bot.DiscordAdapter;

/// <summary>
/// An embed colour per category, the same on every run and machine: a hue from a SHA-256 of the normalized name
/// (so <c>NLP</c> and <c>ｎｌｐ</c> match) at a fixed saturation and lightness, readable on light and dark themes.
/// </summary>
public static class DiscordCategoryColor
{
    /// <summary>Discord's blurple, for posts without a category.</summary>
    public const int Uncategorized = 0x5865F2;

    private const double Saturation = 0.65;
    private const double Lightness = 0.5;

    public static int For(string? category)
    {
        if (string.IsNullOrWhiteSpace(category))
        {
            return Uncategorized;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(CategoryName.Normalize(category)));
        var hue = ((hash[0] << 8) | hash[1]) % 360;
        return FromHsl(hue, Saturation, Lightness);
    }

    private static int FromHsl(double hue, double saturation, double lightness)
    {
        var chroma = (1 - Math.Abs((2 * lightness) - 1)) * saturation;
        var x = chroma * (1 - Math.Abs((hue / 60 % 2) - 1));
        var m = lightness - (chroma / 2);
        var (r, g, b) = (int)(hue / 60) switch
        {
            0 => (chroma, x, 0.0),
            1 => (x, chroma, 0.0),
            2 => (0.0, chroma, x),
            3 => (0.0, x, chroma),
            4 => (x, 0.0, chroma),
            _ => (chroma, 0.0, x),
        };
        return (Channel(r + m) << 16) | (Channel(g + m) << 8) | Channel(b + m);
    }

    private static int Channel(double value) => (int)Math.Round(value * 255);
}
