using Bot.Configuration;
using Bot.ConsoleChannel;
using Bot.Core.Channels;
using Bot.Core.Publishing;
using Bot.Core.Repository;
using Bot.Core.Timing;
using Bot.Channels;
using Bot.Delivery;
using Bot.Preview;
using Bot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Hosting;

/// <summary>Registers state and delivery: the SQLite store, the outbox planner and worker, the console channel.</summary>
public static class DeliveryServiceCollectionExtensions
{
    public static IServiceCollection AddDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName))
            .PostConfigure(o => o.Path = Path.IsPathRooted(o.Path) ? o.Path : Path.GetFullPath(Path.Combine(BotConfiguration.ApplicationRoot, o.Path)))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PublishingOptions>().Bind(configuration.GetSection(PublishingOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ConsoleChannelOptions>().Bind(configuration.GetSection(ConsoleChannelOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SqliteDatabase>();
        services.AddSingleton<StorageGuard>();
        services.AddHostedService(sp => sp.GetRequiredService<StorageGuard>());
        services.AddSingleton<IOutboxStore, SqliteOutboxStore>();
        services.TryAddSingleton<IRepositoryHealthStore, SqliteRepositoryHealthStore>();
        services.TryAddSingleton<IChannelCatalog>(sp => new ConfigurationChannelCatalog(configuration));
        services.AddSingleton<WakeSignal>(); // the outbox's: rows were written
        services.TryAddSingleton<IChannelTargetStore>(sp => new ChannelTargetStore(sp.GetRequiredService<IOutboxStore>()));

        services.AddSingleton(sp => new ConsoleChannelSender(
            Console.Out, sp.GetRequiredService<IOptions<ConsoleChannelOptions>>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IChannelSender>(sp => sp.GetRequiredService<ConsoleChannelSender>());
        services.AddSingleton<IMessagePreviewer, ConsoleMessagePreviewer>();

        services.AddLiveLink();
        services.AddSingleton<OutboxPlanner>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxPlanner>());
        services.AddSingleton<DeliveryWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<DeliveryWorker>());
        return services;
    }
}
