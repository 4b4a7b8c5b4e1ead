using Bot.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Hosting;

/// <summary>The composition root: one place that knows every part and wires them.</summary>
public static class BotHost
{
    public static IHost Create(IReadOnlyList<string> configFiles, Action<IServiceCollection>? overrides = null)
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environments.Production;
        var reloads = new SettingsReloadReporter();
        var configuration = BotConfiguration.Build(configFiles, environment, reloadOnChange: true, reloads);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = environment,
            ContentRootPath = BotConfiguration.ApplicationRoot,
            DisableDefaults = false,
        });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddConfiguration(configuration);
        LoggingSetup.Configure(builder.Logging, builder.Configuration);

        builder.Services.AddSystemd();
        builder.Services.AddBotCore(builder.Configuration);
        builder.Services.AddDelivery(builder.Configuration);
        builder.Services.AddCommands(builder.Configuration);
        builder.Services.AddPostReading(builder.Configuration);
        builder.Services.AddTelegram(builder.Configuration);
        builder.Services.AddWatching(builder.Configuration);
        builder.Services.AddDiscord(builder.Configuration);
        builder.Services.AddDigests(builder.Configuration);
        overrides?.Invoke(builder.Services);
        var host = builder.Build();
        reloads.Attach(host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Bot.Configuration"));
        return host;
    }
}
