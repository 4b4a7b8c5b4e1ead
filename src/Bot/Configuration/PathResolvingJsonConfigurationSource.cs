using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;

namespace Bot.Configuration;

/// <summary>A JSON settings file whose relative paths resolve against the file's own folder.</summary>
public sealed class PathResolvingJsonConfigurationSource : JsonConfigurationSource
{
    /// <summary>Told when a reload of the file is refused (invalid JSON or a bad value); null ignores it.</summary>
    public SettingsReloadReporter? Reporter { get; init; }

    public override IConfigurationProvider Build(IConfigurationBuilder builder)
    {
        EnsureDefaults(builder);
        return new PathResolvingJsonConfigurationProvider(this);
    }
}
