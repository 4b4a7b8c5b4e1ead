using Microsoft.Extensions.Configuration;

namespace Bot.Configuration;

/// <summary>Wraps a settings file source so that a later file's list replaces this file's list (see <see cref="ReplacedListLayers"/>).</summary>
public sealed class ListReplacingConfigurationSource(IConfigurationSource inner, ReplacedListLayers layers) : IConfigurationSource
{
    public IConfigurationProvider Build(IConfigurationBuilder builder)
    {
        var provider = inner.Build(builder);
        var position = layers.Add(provider);
        return new ListReplacingConfigurationProvider(provider, layers, position);
    }
}
