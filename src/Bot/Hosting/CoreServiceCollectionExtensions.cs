using Bot.Core.Posts;
using Bot.Core.Repository;
using Bot.Core.Summaries;
using Bot.Secrets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Hosting;

/// <summary>Registers the domain: options validated at start-up, the shared post index, time.</summary>
public static class CoreServiceCollectionExtensions
{
    public static IServiceCollection AddBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<PostIndexHolder>();
        services.AddSingleton(SecretRedactor.FromConfiguration(configuration));
        services.AddOptions<RepositoryOptions>().Bind(configuration.GetSection(RepositoryOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SummaryOptions>().Bind(configuration.GetSection(SummaryOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
