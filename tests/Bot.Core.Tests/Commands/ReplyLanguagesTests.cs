using Bot.Core.Commands;

namespace Bot.Core.Tests.Commands;

public sealed class ReplyLanguagesTests
{
    [Theory]
    [InlineData("zh", ReplyLanguage.Chinese)]
    [InlineData("zh-hans", ReplyLanguage.Chinese)]
    [InlineData("zh-CN", ReplyLanguage.Chinese)]
    [InlineData("zh-TW", ReplyLanguage.Chinese)]
    [InlineData("zh-hant", ReplyLanguage.Chinese)]
    [InlineData("ZH_cn", ReplyLanguage.Chinese)]
    [InlineData("en", ReplyLanguage.English)]
    [InlineData("en-US", ReplyLanguage.English)]
    [InlineData("ja", ReplyLanguage.English)]
    [InlineData("zu", ReplyLanguage.English)]
    [InlineData("", ReplyLanguage.English)]
    [InlineData(null, ReplyLanguage.English)]
    public void FromLanguageCode_Code_GivesLanguage(string? code, ReplyLanguage expected)
    {
        Assert.Equal(expected, ReplyLanguages.FromLanguageCode(code));
    }
}
