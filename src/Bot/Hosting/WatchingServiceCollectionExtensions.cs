using Bot.Channels;
using Bot.Core.Channels;
using Bot.Core.Repository;
using Bot.Repository;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Hosting;

/// <summary>
/// Registers what keeps the bot's view of the world current: the channel catalog (validated at start-up, reloaded on
/// settings changes), where the repository lives, the git sync and the repository watcher.
/// </summary>
public static class WatchingServiceCollectionExtensions
{
    public const string GitExecutable = "git";

    public static IServiceCollection AddWatching(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ChannelListOptions>()
            .Configure(options =>
            {
                var read = ChannelListReader.Read(configuration);
                options.Channels = read.Channels;
                options.Errors = read.Errors;
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ChannelListOptions>, ChannelListValidation>();
        services.AddSingleton<IChannelCatalog, ChannelCatalog>();

        services.AddSingleton(sp => RepositoryLocation.FromSettings(sp.GetRequiredService<IOptions<RepositoryOptions>>(), configuration));
        services.AddSingleton(sp => new GitCommandRunner(GitExecutable, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<GitRepositorySync>();
        services.AddSingleton<RepositoryWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<RepositoryWatcher>());
        return services;
    }
}
