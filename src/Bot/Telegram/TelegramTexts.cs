using Bot.Core.Commands;

namespace Bot.Telegram;

/// <summary>Telegram-only texts (command menu, flood and failure notices) in English and Simplified Chinese.</summary>
public static class TelegramTexts
{
    /// <summary>The command menu, from <see cref="CommandCatalog"/>: "The newest posts: /latest [n]".</summary>
    public static IReadOnlyList<(string Command, string Description)> Commands(ReplyLanguage language) =>
        [.. CommandCatalog.On(CommandSurfaces.TelegramMenu).Select(c => (c.Name, MenuDescription(c, language)))];

    public static string SlowDown(ReplyLanguage language) => language == ReplyLanguage.Chinese
        ? "命令太频繁了，请稍等几秒再试。"
        : "Too many commands. Please wait a few seconds.";

    public static string Apology(ReplyLanguage language) => language == ReplyLanguage.Chinese
        ? "抱歉，出了点问题，请稍后再试。"
        : "Sorry, something went wrong. Please try again later.";

    public static string StaleButton(ReplyLanguage language) => language == ReplyLanguage.Chinese
        ? "这个按钮已过期，请重新发送命令。"
        : "This button has expired. Please send the command again.";

    private static string MenuDescription(CommandDefinition command, ReplyLanguage language) => command.Options.Count == 0
        ? command.Description.For(language)
        : command.Description.For(language) + (language == ReplyLanguage.Chinese ? "：" : ": ") + command.Syntax(language);
}
