using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Bot.Hosting;

/// <summary>
/// Console logging: human-readable lines by default, JSON lines with <c>Logging:Format=json</c> (for journald or a log
/// shipper). Either way HttpClient's own request logging is silenced, because the Telegram Bot API carries the token in
/// the request path.
/// </summary>
public static class LoggingSetup
{
    public const string FormatKey = "Logging:Format";

    public static void Configure(ILoggingBuilder logging, IConfiguration configuration)
    {
        logging.ClearProviders();
        var format = configuration[FormatKey];
        if (string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
        {
            logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffzzz";
                o.UseUtcTimestamp = true;
            });
        }
        else if (string.IsNullOrEmpty(format) || string.Equals(format, "text", StringComparison.OrdinalIgnoreCase))
        {
            logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss ";
                o.ColorBehavior = LoggerColorBehavior.Default;
            });
        }
        else
        {
            throw new InvalidDataException($"Setting '{FormatKey}' must be 'text' or 'json', not '{format}'.");
        }

        logging.AddFilter("System.Net.Http.HttpClient", LogLevel.None);
    }
}
