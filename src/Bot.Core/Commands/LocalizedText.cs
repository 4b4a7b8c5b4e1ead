namespace Bot.Core.Commands;

/// <summary>One text in every language replies are written in.</summary>
public sealed record LocalizedText(string English, string Chinese)
{
    public string For(ReplyLanguage language) => language == ReplyLanguage.Chinese ? Chinese : English;
}
