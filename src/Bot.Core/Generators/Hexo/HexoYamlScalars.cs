using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace Bot.Core.Generators.Hexo;

/// <summary>
/// Plain YAML scalars typed as js-yaml 4 (Hexo's YAML parser, YAML 1.2 core schema) types them, then printed as
/// JavaScript prints them, since Hexo puts those values into titles and links: <c>020109</c> is the number 20109,
/// <c>0x1A</c> is 26, <c>0o17</c> 15, <c>1_000</c> and <c>1e3</c> 1000; <c>true</c>/<c>True</c>/<c>TRUE</c> are
/// booleans (<c>yes</c> stays a string); <c>~</c>, <c>null</c> and nothing are null. Quoted scalars are never typed.
/// </summary>
public static partial class HexoYamlScalars
{
    public static object? Type(string plain)
    {
        ArgumentNullException.ThrowIfNull(plain);
        switch (plain)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE":
                return "true";
            case "false" or "False" or "FALSE":
                return "false";
        }

        if (Integer().IsMatch(plain))
        {
            return JsNumber((double)ParseInteger(plain));
        }

        if (Float().IsMatch(plain) && !plain.EndsWith('_'))
        {
            var text = plain.Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
            var sign = text.StartsWith('-') ? -1 : 1;
            return text.TrimStart('+', '-') switch
            {
                ".inf" => sign > 0 ? "Infinity" : "-Infinity",
                ".nan" => "NaN",
                var number => JsNumber(sign * double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture)),
            };
        }

        return plain;
    }

    /// <summary>JavaScript's <c>String(number)</c>.</summary>
    public static string JsNumber(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == Math.Floor(value) && Math.Abs(value) < 1e21)
        {
            return ((BigInteger)value).ToString(CultureInfo.InvariantCulture);
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return Math.Abs(value) >= 1e-6 && Math.Abs(value) < 1e21 && !text.Contains('E', StringComparison.Ordinal)
            ? text
            : Exponent().Replace(text, m => "e" + m.Groups[1].Value + m.Groups[2].Value.TrimStart('0'));
    }

    private static BigInteger ParseInteger(string plain)
    {
        var text = plain.Replace("_", string.Empty, StringComparison.Ordinal);
        var negative = text.StartsWith('-');
        text = text.TrimStart('+', '-');
        var (digits, radix) = text.Length > 2 && text[0] == '0' && text[1] is 'x' or 'o' or 'b'
            ? (text[2..], text[1] switch { 'x' => 16, 'o' => 8, _ => 2 })
            : (text, 10);
        var value = BigInteger.Zero;
        foreach (var c in digits)
        {
            value = (value * radix) + Convert.ToInt32(c.ToString(), 16);
        }

        return negative ? -value : value;
    }

    [GeneratedRegex("^[-+]?(?:0b[01_]*[01][01_]*|0x[0-9a-fA-F_]*[0-9a-fA-F][0-9a-fA-F_]*|0o[0-7_]*[0-7][0-7_]*|[0-9][0-9_]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Integer();

    [GeneratedRegex(@"^(?:[-+]?[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9_]+(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", RegexOptions.CultureInvariant)]
    private static partial Regex Float();

    [GeneratedRegex(@"E([-+])(\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex Exponent();
}
