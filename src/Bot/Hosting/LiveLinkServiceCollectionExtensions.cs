using Bot.Delivery.LiveLink;
using Bot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Hosting;

/// <summary>Registers the live-link wait: its stored state, the probe and the gate the delivery loops share.</summary>
public static class LiveLinkServiceCollectionExtensions
{
    public static IServiceCollection AddLiveLink(this IServiceCollection services)
    {
        services.AddSingleton<LinkCheckStore>();
        services.AddSingleton(_ => new LiveLinkProbe());
        services.AddSingleton<LiveLinkGate>();
        return services;
    }
}
