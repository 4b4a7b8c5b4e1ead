using Bot.Core.Channels;
using Bot.Core.Commands;
using Bot.Core.Publishing;
using Bot.Preview;
using Bot.Storage;
using Bot.Telegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Hosting;

/// <summary>
/// Registers the Telegram adapter: the sender always (so Telegram channels validate and fail clearly without a
/// token), the command listener only when a token is set and <c>Telegram:Commands</c> is on.
/// </summary>
public static class TelegramServiceCollectionExtensions
{
    public static IServiceCollection AddTelegram(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(TelegramOptions.SectionName);
        services.AddOptions<TelegramOptions>().Configure(options => BindReportingErrors(section, options)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new CommandHandler(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<TelegramBotClientProvider>();
        services.AddSingleton(sp => new TelegramSendThrottle(sp.GetRequiredService<TimeProvider>(), SendHistory(sp)));
        services.AddSingleton<TelegramChannelSender>();
        services.AddSingleton<IChannelSender>(sp => sp.GetRequiredService<TelegramChannelSender>());
        services.AddSingleton<IMessagePreviewer, TelegramMessagePreviewer>();

        // Read the two keys directly: a bad value elsewhere in the section is reported by validation at start-up,
        // not thrown here while the host is being built.
        var commandsOn = !bool.TryParse(section[nameof(TelegramOptions.Commands)], out var commands) || commands;
        if (!string.IsNullOrWhiteSpace(section[nameof(TelegramOptions.Token)]) && commandsOn)
        {
            services.AddHostedService<TelegramCommandListener>();
        }

        return services;
    }

    /// <summary>The outbox's recent sends seed the throttle, where the host has an outbox (a CLI verb may not).</summary>
    private static TelegramSendHistory? SendHistory(IServiceProvider services) =>
        services.GetService<SqliteDatabase>() is { } database && services.GetService<IChannelCatalog>() is { } catalog
            ? new TelegramSendHistory(
                new SqliteRecentSends(database), catalog, services.GetRequiredService<TimeProvider>(),
                services.GetRequiredService<ILogger<TelegramSendHistory>>())
            : null;

    /// <summary>A value that does not convert (<c>LinkPreview: sideways</c>) is reported like any invalid setting.</summary>
    private static void BindReportingErrors(IConfigurationSection section, TelegramOptions options)
    {
        try
        {
            section.Bind(options);
        }
        catch (InvalidOperationException ex)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(TelegramOptions), [ex.Message]);
        }
    }
}
