namespace Bot.Core.Generators;

/// <summary>What a generator reads its site from: the repository root and the zone for dates when the site names none.</summary>
/// <param name="Root">Absolute path of the repository root.</param>
/// <param name="FallbackZone"><c>Repository:TimeZone</c>, else UTC.</param>
public sealed record SiteSource(string Root, TimeZoneInfo FallbackZone);
