namespace Bot.Core.Commands;

/// <summary>The language reply texts are written in.</summary>
public enum ReplyLanguage
{
    English,

    /// <summary>Simplified Chinese.</summary>
    Chinese,
}
