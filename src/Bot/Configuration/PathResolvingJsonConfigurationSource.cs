using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;

namespace Bot.Configuration;

/// <summary>A JSON settings file whose relative paths resolve against the file's own folder.</summary>
public sealed class PathResolvingJsonConfigurationSource : JsonConfigurationSource
{
    public override IConfigurationProvider Build(IConfigurationBuilder builder)
    {
        EnsureDefaults(builder);
        return new PathResolvingJsonConfigurationProvider(this);
    }
}
