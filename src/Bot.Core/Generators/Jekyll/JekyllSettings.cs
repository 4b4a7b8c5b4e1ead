using Bot.Core.Repository;

namespace Bot.Core.Generators.Jekyll;

/// <summary>The Jekyll config settings that only Jekyll has.</summary>
public sealed record JekyllSettings : GeneratorSettings
{
    public static JekyllSettings Default { get; } = new();

    /// <summary>The front matter <c>defaults</c> sets, in config order.</summary>
    public ValueList<JekyllDefault> Defaults { get; init; } = [];

    /// <summary>The Jekyll settings of <paramref name="site"/>, or Jekyll's defaults when it carries none.</summary>
    public static JekyllSettings Of(SiteSettings site) => site.Generator as JekyllSettings ?? Default;

    /// <summary>With <c>Repository:Permalink</c> set, a default's <c>permalink</c> no longer applies.</summary>
    public override GeneratorSettings WithPermalinkOverride() =>
        this with { Defaults = [.. Defaults.Select(d => d with { Values = d.Values.Where(kv => !string.Equals(kv.Key, "permalink", StringComparison.OrdinalIgnoreCase)).ToDictionary(StringComparer.OrdinalIgnoreCase) })] };
}
