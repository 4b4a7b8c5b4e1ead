using Bot.Checks;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Hosting;

/// <summary>Registers the <c>check</c> verb's checks, in the order they are printed, on top of the service's own registrations.</summary>
public static class ChecksServiceCollectionExtensions
{
    public static IServiceCollection AddChecks(this IServiceCollection services)
    {
        Add<SettingsCheck>(services, "Settings");
        Add<StorageCheck>(services, "Storage");
        Add<RepositoryCheck>(services, "Repository");
        Add<LiveLinkCheck>(services, "Live link");
        Add<GitRemoteCheck>(services, "Git remote");
        Add<TelegramCheck>(services, "Telegram");
        Add<DiscordCheck>(services, "Discord");
        services.AddSingleton<CheckRunner>();
        return services;
    }

    private static void Add<TCheck>(IServiceCollection services, string subject)
        where TCheck : class, ICheck
    {
        services.AddSingleton<TCheck>();
        services.AddSingleton(new CheckRegistration(subject, typeof(TCheck)));
    }
}
