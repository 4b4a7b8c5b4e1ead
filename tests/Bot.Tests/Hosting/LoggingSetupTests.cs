using Bot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Hosting;

public sealed class LoggingSetupTests
{
    [Theory]
    [InlineData(null, ConsoleFormatterNames.Simple)]
    [InlineData("text", ConsoleFormatterNames.Simple)]
    [InlineData("json", ConsoleFormatterNames.Json)]
    [InlineData("JSON", ConsoleFormatterNames.Json)]
    public void Configure_Format_ChoosesTheConsoleFormatter(string? format, string formatter)
    {
        using var services = Build(format);

        Assert.Equal(formatter, services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName);
    }

    [Fact]
    public void Configure_UnknownFormat_NamesTheSetting()
    {
        var error = Assert.Throws<InvalidDataException>(() => Build("xml"));

        Assert.Contains("Logging:Format", error.Message, StringComparison.Ordinal);
        Assert.Contains("xml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Configure_AnyFormat_SilencesHttpClientRequestLogging()
    {
        using var services = Build("json");
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("System.Net.Http.HttpClient.Default.LogicalHandler");

        Assert.False(logger.IsEnabled(LogLevel.Critical));
    }

    private static ServiceProvider Build(string? format)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [LoggingSetup.FormatKey] = format })
            .Build();
        return new ServiceCollection().AddLogging(logging => LoggingSetup.Configure(logging, configuration)).BuildServiceProvider();
    }
}
