using System.Globalization;
using Bot.Core.Text;

namespace Bot.Core.Commands;

/// <summary>Every user-facing text of commands and digests, in English and Simplified Chinese.</summary>
public sealed record CommandTexts
{
    /// <summary>Graphemes of a category name shown on a button; Discord buttons allow 80 characters.</summary>
    public const int MaxCategoryLabelLength = 40;

    public static CommandTexts English { get; } = new()
    {
        StartHeading = "Hello! I announce new posts from this blog.",
        HelpHeading = "Commands",
        HelpText = CommandCatalog.HelpText(ReplyLanguage.English),
        LatestHeading = "Latest posts",
        CategoriesHeading = "Categories",
        CategoryHeadingFormat = "Category: {0}",
        CategoryPostCountFormat = "{0} posts",
        CategoryPostCountOne = "1 post",
        NoPosts = "No posts yet.",
        UnknownCategoryFormat = "No category '{0}'.",
        DidYouMeanFormat = " Did you mean {0}?",
        PickCategory = " Pick one below.",
        ListSeparator = ", ",
        LastListSeparator = " or ",
        Newer = "‹ Newer",
        Older = "Older ›",
        PreviousPage = "‹ Previous",
        NextPage = "Next ›",
        CategoryChoiceFormat = "{0} ({1})",
        OutOfDate = "This button is out of date.",
        DigestHeading = "Latest updates",
        Uncategorized = "Uncategorized",
        Failed = "Sorry, something went wrong. Please try again later.",
    };

    public static CommandTexts Chinese { get; } = new()
    {
        StartHeading = "你好！我会通知这个博客的新文章。",
        HelpHeading = "命令",
        HelpText = CommandCatalog.HelpText(ReplyLanguage.Chinese),
        LatestHeading = "最新文章",
        CategoriesHeading = "分类",
        CategoryHeadingFormat = "分类：{0}",
        CategoryPostCountFormat = "共 {0} 篇文章",
        CategoryPostCountOne = "共 1 篇文章",
        NoPosts = "还没有文章。",
        UnknownCategoryFormat = "没有分类“{0}”。",
        DidYouMeanFormat = "你是不是要找 {0}？",
        PickCategory = "请从下面选择一个分类。",
        ListSeparator = "、",
        LastListSeparator = " 或 ",
        Newer = "‹ 较新",
        Older = "较旧 ›",
        PreviousPage = "‹ 上一页",
        NextPage = "下一页 ›",
        CategoryChoiceFormat = "{0} ({1})",
        OutOfDate = "这个按钮已过期。",
        DigestHeading = "最新更新",
        Uncategorized = "未分类",
        Failed = "抱歉，出了点问题，请稍后再试。",
    };

    public required string StartHeading { get; init; }
    public required string HelpHeading { get; init; }
    public required string HelpText { get; init; }
    public required string LatestHeading { get; init; }
    public required string CategoriesHeading { get; init; }
    public required string CategoryHeadingFormat { get; init; }
    public required string CategoryPostCountFormat { get; init; }
    public required string CategoryPostCountOne { get; init; }
    public required string NoPosts { get; init; }
    public required string UnknownCategoryFormat { get; init; }
    public required string DidYouMeanFormat { get; init; }
    public required string PickCategory { get; init; }
    public required string ListSeparator { get; init; }
    public required string LastListSeparator { get; init; }
    public required string Newer { get; init; }
    public required string Older { get; init; }
    public required string PreviousPage { get; init; }
    public required string NextPage { get; init; }
    public required string CategoryChoiceFormat { get; init; }

    /// <summary>For adapters: the notice for a button whose payload no longer decodes.</summary>
    public required string OutOfDate { get; init; }

    /// <summary>For adapters: the short apology when handling a command failed.</summary>
    public required string Failed { get; init; }

    /// <summary>Heading of a scheduled digest.</summary>
    public required string DigestHeading { get; init; }

    /// <summary>Digest group of posts without a category.</summary>
    public required string Uncategorized { get; init; }

    public static CommandTexts For(ReplyLanguage language) => language == ReplyLanguage.Chinese ? Chinese : English;

    public string CategoryHeading(string name) => Format(CategoryHeadingFormat, name);

    public string PostCount(int count) => count == 1 ? CategoryPostCountOne : Format(CategoryPostCountFormat, count);

    /// <summary>"NLP (12)"; a very long name is shortened so the label fits any platform's button.</summary>
    public string CategoryChoice(string name, int count) =>
        Format(CategoryChoiceFormat, TextShortener.Shorten(name, MaxCategoryLabelLength), count);

    /// <summary>"No category 'nlpp'. Did you mean NLP?" or, without suggestions, "No category 'nlpp'. Pick one below."</summary>
    public string UnknownCategory(string query, IReadOnlyList<string> suggestions) =>
        Format(UnknownCategoryFormat, query)
        + (suggestions.Count == 0 ? PickCategory : Format(DidYouMeanFormat, JoinChoices(suggestions)));

    private string JoinChoices(IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : string.Join(ListSeparator, names.Take(names.Count - 1)) + LastListSeparator + names[^1];

    private static string Format(string format, params object[] values) =>
        string.Format(CultureInfo.InvariantCulture, format, values);
}
