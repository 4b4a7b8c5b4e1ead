using System.Globalization;

namespace Bot.Delivery.LiveLink;

/// <summary>What a post's link answered: an HTTP status after redirects, or why there was none, as one line.</summary>
public sealed record LinkAnswer(int? StatusCode, string Text)
{
    /// <summary>A 2xx answer: the page is published.</summary>
    public bool IsLive => StatusCode is >= 200 and < 300;

    public static LinkAnswer Status(int code) => new(code, code.ToString(CultureInfo.InvariantCulture));

    public static LinkAnswer None(string why) => new(null, why);
}
