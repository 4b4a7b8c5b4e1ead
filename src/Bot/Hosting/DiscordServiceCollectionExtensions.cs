using Bot.Core.Publishing;
using Bot.Discord;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Hosting;

/// <summary>
/// Registers Discord: options validated at start-up, one REST client (one rate limiter for every route), the channel
/// sender, and the slash-command service (which idles without a token or with <c>Discord:Commands</c> off).
/// </summary>
public static class DiscordServiceCollectionExtensions
{
    public static IServiceCollection AddDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DiscordOptions>().Bind(configuration.GetSection(DiscordOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(nameof(DiscordRestClient), http => http.Timeout = TimeSpan.FromSeconds(30));
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
        services.AddSingleton<DiscordInteractionResponder>();
        services.AddHostedService(sp => ActivatorUtilities.CreateInstance<DiscordInteractionService>(sp));
        return services;
    }
}
