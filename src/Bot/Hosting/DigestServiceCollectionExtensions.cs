using Bot.Digests;
using Bot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Hosting;

/// <summary>Registers scheduled digests: the digest bookkeeping store and the scheduler that writes digest rows.</summary>
public static class DigestServiceCollectionExtensions
{
    public static IServiceCollection AddDigests(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton<SqliteDigestStore>();
        services.AddSingleton<DigestScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<DigestScheduler>());
        return services;
    }
}
