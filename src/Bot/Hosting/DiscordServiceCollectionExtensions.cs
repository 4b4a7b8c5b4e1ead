using Bot.Core.Publishing;
using Bot.Discord;
using Bot.DiscordAdapter;
using Bot.Preview;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Hosting;

/// <summary>
/// Registers Discord: options validated at start-up, one REST client (one rate limiter for every route), the channel
/// sender, the preview, and the slash-command service when there is a token and <c>Discord:Commands</c> is on.
/// </summary>
public static class DiscordServiceCollectionExtensions
{
    public static IServiceCollection AddDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(DiscordOptions.SectionName);
        services.AddOptions<DiscordOptions>().Configure(options => BindReportingErrors(section, options))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(nameof(DiscordRestClient))
            .ConfigureHttpClient((sp, http) => http.Timeout = sp.GetRequiredService<IOptions<PublishingOptions>>().Value.SendTimeout);
        services.AddSingleton(sp =>
        {
            var settings = sp.GetRequiredService<IOptions<DiscordOptions>>().Value;
            return new DiscordRestClient(
                sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(DiscordRestClient)),
                new DiscordRestOptions
                {
                    Token = settings.HasToken ? settings.Token : null,
                    ApiBaseUrl = new Uri(settings.ApiBaseUrl),
                    TimeProvider = sp.GetRequiredService<TimeProvider>(),
                });
        });
        services.AddSingleton<DiscordChannelSender>();
        services.AddSingleton<IChannelSender>(sp => sp.GetRequiredService<DiscordChannelSender>());
        services.AddSingleton<IMessagePreviewer, DiscordMessagePreviewer>();
        services.AddSingleton<DiscordInteractionResponder>();

        // Read the two keys directly: a bad value elsewhere in the section is reported by validation at start-up.
        var commandsOn = !bool.TryParse(section[nameof(DiscordOptions.Commands)], out var commands) || commands;
        if (!string.IsNullOrWhiteSpace(section[nameof(DiscordOptions.Token)]) && commandsOn)
        {
            services.AddHostedService(sp => ActivatorUtilities.CreateInstance<DiscordInteractionService>(sp));
        }

        return services;
    }

    /// <summary>A value that does not convert (<c>Commands: maybe</c>) is reported like any invalid setting, naming the key.</summary>
    private static void BindReportingErrors(IConfigurationSection section, DiscordOptions options)
    {
        try
        {
            section.Bind(options);
        }
        catch (InvalidOperationException exception)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(DiscordOptions), [exception.Message]);
        }
    }
}
