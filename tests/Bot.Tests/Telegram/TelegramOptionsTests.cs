using Bot.Hosting;
using Bot.Telegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Telegram;

public sealed class TelegramOptionsTests
{
    private static TelegramOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var provider = new ServiceCollection().AddTelegram(configuration).BuildServiceProvider();
        return provider.GetRequiredService<IOptions<TelegramOptions>>().Value;
    }

    [Fact]
    public void AddTelegram_EmptySection_Defaults()
    {
        var options = Resolve([]);

        Assert.False(options.HasToken);
        Assert.Equal("https://api.telegram.org", options.ApiBaseUrl);
        Assert.True(options.Commands);
        Assert.Equal(TelegramLinkPreview.On, options.LinkPreview);
        Assert.Equal(TelegramCover.Preview, options.Cover);
        Assert.Equal(TelegramLanguage.Auto, options.Language);
    }

    [Theory]
    [InlineData("above", "zh", TelegramLinkPreview.Above, TelegramLanguage.Zh)]
    [InlineData("OFF", "En", TelegramLinkPreview.Off, TelegramLanguage.En)]
    public void AddTelegram_LowerOrMixedCaseValues_Bind(string preview, string language, TelegramLinkPreview expectedPreview, TelegramLanguage expectedLanguage)
    {
        var options = Resolve(new() { ["Telegram:LinkPreview"] = preview, ["Telegram:Language"] = language });

        Assert.Equal(expectedPreview, options.LinkPreview);
        Assert.Equal(expectedLanguage, options.Language);
    }

    [Theory]
    [InlineData("Telegram:LinkPreview", "sideways")]
    [InlineData("Telegram:Language", "klingon")]
    [InlineData("Telegram:Cover", "Banner")]
    [InlineData("Telegram:Cover", "5")]
    [InlineData("Telegram:Commands", "maybe")]
    [InlineData("Telegram:ApiBaseUrl", "ftp://example.org")]
    public void AddTelegram_BadValue_ValidationErrorNamingTheKey(string key, string value)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new() { [key] = value }));

        Assert.Contains(key, string.Join("; ", error.Failures), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11", true)]
    [InlineData("1:x", true)]
    [InlineData("sampleToken", false)]
    [InlineData(":abc", false)]
    [InlineData("12a:abc", false)]
    [InlineData("123 :abc", false)]
    [InlineData("123:ab c", false)]
    [InlineData("123:abc/../../x", false)]
    [InlineData("123:abc?x=1", false)]
    [InlineData("123:abc#frag", false)]
    [InlineData("123:abc%2F", false)]
    [InlineData("123:abc:def", false)]
    public void IsWellFormedToken_TelegramBotsRule(string token, bool expected)
    {
        Assert.Equal(expected, TelegramOptionsValidator.IsWellFormedToken(token));
    }

    [Theory]
    [InlineData("123456:AAHx9/with/slashes")]
    [InlineData("123456:AAHx9?query")]
    [InlineData("123456:AAHx9 with spaces")]
    public void AddTelegram_UrlUnsafeToken_RejectedNamingTheVariableNotTheToken(string token)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new() { ["Telegram:Token"] = token }));

        var message = string.Join("; ", error.Failures);
        Assert.Contains("Telegram__Token", message, StringComparison.Ordinal);
        Assert.DoesNotContain("AAHx9", message, StringComparison.Ordinal);
    }
}
