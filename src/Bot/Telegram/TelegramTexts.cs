using Bot.Core.Commands;

namespace Bot.Telegram;

/// <summary>Telegram-only texts (command menu, flood and failure notices) in English and Simplified Chinese.</summary>
public static class TelegramTexts
{
    public static IReadOnlyList<(string Command, string Description)> Commands(ReplyLanguage language) => language == ReplyLanguage.Chinese
        ? [("latest", "最新文章：/latest [数量]"), ("category", "分类列表，或某个分类的文章：/category [名称]"), ("help", "使用说明"), ("start", "开始")]
        : [("latest", "Newest posts: /latest [n]"), ("category", "Categories, or one category's posts: /category [name]"), ("help", "How to use this bot"), ("start", "Start")];

    public static string SlowDown(ReplyLanguage language) => language == ReplyLanguage.Chinese
        ? "命令太频繁了，请稍等几秒再试。"
        : "Too many commands. Please wait a few seconds.";

    public static string Apology(ReplyLanguage language) => language == ReplyLanguage.Chinese
        ? "抱歉，出了点问题，请稍后再试。"
        : "Sorry, something went wrong. Please try again later.";

    public static string StaleButton(ReplyLanguage language) => language == ReplyLanguage.Chinese
        ? "这个按钮已过期，请重新发送命令。"
        : "This button has expired. Please send the command again.";
}
