using Bot.Checks;
using Bot.Hosting;
using Bot.Repository;
using Bot.Secrets;
using Bot.Telegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Secrets;

/// <summary>
/// A secret of each kind the settings can hold, in each form it can take in a text (bare, inside its URL, down an
/// exception chain), is masked by the redactor the service registers and by every consumer of it: the Telegram
/// client's error texts, <c>check</c> output, the repository's errors.
/// </summary>
public sealed class SecretRedactionEverywhereTests
{
    private const string TelegramToken = "123456789:AAE-telegram_SECRET-token";
    private const string DiscordToken = "MTAx.discord-SECRET.token-value";
    private const string WebhookSecret = "webhook-SECRET-token-abc";
    private const string GitPassword = "git-SECRET-password";

    public static TheoryData<string, string> SecretsInEveryForm => new()
    {
        { "Telegram token", TelegramToken },
        { "Telegram token's secret half", "AAE-telegram_SECRET-token" },
        { "Telegram token in a Bot API URL", $"https://api.telegram.org/bot{TelegramToken}/getMe" },
        { "Discord token", DiscordToken },
        { "Discord token in a header", "Authorization: Bot " + DiscordToken },
        { "webhook token", WebhookSecret },
        { "webhook URL", "https://discord.com/api/webhooks/987654321/" + WebhookSecret + "?wait=true" },
        { "git password", GitPassword },
        { "git remote URL", $"https://oauth2:{GitPassword}@git.example/me/blog.git" },
    };

    [Theory]
    [MemberData(nameof(SecretsInEveryForm))]
    public void RegisteredRedactor_SecretInText_IsMasked(string kind, string text)
    {
        using var services = Services();

        var redacted = services.GetRequiredService<SecretRedactor>().Redact($"{kind} failed: {text}.");

        AssertNoSecret(redacted);
    }

    [Theory]
    [MemberData(nameof(SecretsInEveryForm))]
    public void TelegramClientRedactor_SecretDownAnExceptionChain_IsMasked(string kind, string text)
    {
        using var services = Services();
        var error = new InvalidOperationException(kind, new HttpRequestException("inner " + text));

        var described = services.GetRequiredService<TelegramBotClientProvider>().Redactor.Describe(error);

        AssertNoSecret(described);
    }

    [Theory]
    [MemberData(nameof(SecretsInEveryForm))]
    public async Task CheckOutput_CheckQuotingASecret_IsMasked(string kind, string text)
    {
        using var services = Services(collection => collection
            .AddSingleton(new QuotingCheck(kind, text))
            .AddSingleton(new CheckRegistration(kind, typeof(QuotingCheck)))
            .AddSingleton(new CheckRegistration("thrower " + text, typeof(ThrowingCheck)))
            .AddSingleton(new ThrowingCheck(text))
            .AddSingleton<CheckRunner>());

        var lines = await services.GetRequiredService<CheckRunner>().RunAsync(CancellationToken.None);

        Assert.Equal(2, lines.Count);
        Assert.All(lines, line => AssertNoSecret(line.Subject + " " + line.Message));
    }

    [Fact]
    public void RepositorySyncException_GitRemoteQuoted_IsMaskedWithoutConfiguration()
    {
        var error = new RepositorySyncException($"git clone https://oauth2:{GitPassword}@git.example/me/blog.git failed");

        Assert.Equal("git clone https://***@git.example/me/blog.git failed", error.Message);
    }

    private static ServiceProvider Services(Action<IServiceCollection>? more = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:Token"] = TelegramToken,
            ["Discord:Token"] = DiscordToken,
            ["Repository:Remote"] = $"https://oauth2:{GitPassword}@git.example/me/blog.git",
            ["Channels:0:Name"] = "hook",
            ["Channels:0:WebhookUrl"] = "https://discord.com/api/webhooks/987654321/" + WebhookSecret,
        }).Build();
        var collection = new ServiceCollection().AddBotCore(configuration);
        collection.AddOptions<TelegramOptions>().Bind(configuration.GetSection("Telegram"));
        collection.AddSingleton<TelegramBotClientProvider>();
        more?.Invoke(collection);
        return collection.BuildServiceProvider();
    }

    private static void AssertNoSecret(string text)
    {
        foreach (var secret in new[] { "AAE-telegram_SECRET-token", "discord-SECRET", WebhookSecret, GitPassword })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }

        Assert.Contains(SecretRedactor.Mask, text, StringComparison.Ordinal);
    }

    private sealed class QuotingCheck(string kind, string text) : ICheck
    {
        public string Subject => kind;

        public Task<IReadOnlyList<CheckLine>> RunAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<CheckLine>>([CheckLine.Fail(kind + " " + text, "not reachable: " + text)]);
    }

    private sealed class ThrowingCheck(string text) : ICheck
    {
        public string Subject => "thrower";

        public Task<IReadOnlyList<CheckLine>> RunAsync(CancellationToken cancellationToken) =>
            throw new InvalidOperationException("boom " + text);
    }
}
