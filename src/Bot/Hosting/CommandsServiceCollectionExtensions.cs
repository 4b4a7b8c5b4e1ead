using Bot.Core.Commands;
using Bot.Core.Digests;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Hosting;

/// <summary>Registers the platform-neutral command handler and the digest settings, validated at start-up.</summary>
public static class CommandsServiceCollectionExtensions
{
    public static IServiceCollection AddCommands(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(sp => new CommandHandler(sp.GetRequiredService<TimeProvider>()));
        services.AddOptions<DigestOptions>().Bind(configuration.GetSection(DigestOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
