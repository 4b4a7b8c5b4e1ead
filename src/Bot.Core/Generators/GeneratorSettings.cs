namespace Bot.Core.Generators;

/// <summary>
/// Site settings only one generator has, carried in <see cref="Repository.SiteSettings.Generator"/>. Derived records
/// keep value equality (use <see cref="ValueDictionary"/>, <see cref="ValueSet"/>, <see cref="ValueList{T}"/> for collections).
/// </summary>
public abstract record GeneratorSettings
{
    /// <summary>These settings once <c>Repository:Permalink</c> replaces the site's own permalink patterns.</summary>
    public virtual GeneratorSettings WithPermalinkOverride() => this;
}
