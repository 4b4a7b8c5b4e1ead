namespace Bot.Discord.Rest;

/// <summary>
/// One REST call: its template (the rate-limit route), its major parameter (channel, guild, webhook or interaction),
/// the real path (which may hold a token) and a display form that never does.
/// </summary>
/// <remarks>https://discord.com/developers/docs/topics/rate-limits#rate-limits</remarks>
internal sealed record DiscordRoute(
    HttpMethod Method,
    string Template,
    string MajorParameter,
    string Path,
    string Display,
    bool ExemptFromGlobalLimit = false,
    bool IsWebhook = false,
    bool NeedsBotToken = true,
    string? Secret = null)
{
    /// <summary>Route key before a bucket id is known: method, template and major parameter.</summary>
    public string RouteKey => $"{Method.Method} {Template}";

    public override string ToString() => Display;
}
