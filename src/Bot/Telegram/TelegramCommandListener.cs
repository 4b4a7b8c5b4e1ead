using Microsoft.Extensions.Hosting;

namespace Bot.Telegram;

public sealed class TelegramCommandListener : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.CompletedTask;
}
