using Bot.Checks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Hosting;

/// <summary>Registers the <c>check</c> verb's checks, in the order they are printed, on top of the service's own registrations.</summary>
public static class ChecksServiceCollectionExtensions
{
    public static IServiceCollection AddChecks(this IServiceCollection services)
    {
        services.AddSingleton<ICheck, SettingsCheck>();
        services.AddSingleton<ICheck, RepositoryCheck>();
        services.AddSingleton<ICheck, GitRemoteCheck>();
        services.AddSingleton<ICheck, TelegramCheck>();
        services.AddSingleton<ICheck, DiscordCheck>();
        services.AddSingleton(sp =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            return new SecretRedactor([configuration["Telegram:Token"], configuration["Discord:Token"]]);
        });
        services.AddSingleton<CheckRunner>();
        return services;
    }
}
