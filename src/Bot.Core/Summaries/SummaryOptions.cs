using System.ComponentModel.DataAnnotations;

namespace Bot.Core.Summaries;

/// <summary>The <c>Summary</c> settings section: how post bodies become announcement summaries.</summary>
public sealed class SummaryOptions
{
    public const string SectionName = "Summary";

    /// <summary>Maximum length in user-perceived characters (grapheme clusters), ellipsis included.</summary>
    [Range(20, 4000)]
    public int MaxLength { get; set; } = 200;

    /// <summary>What a code block becomes in a summary.</summary>
    [Required(AllowEmptyStrings = true)]
    public string CodePlaceholder { get; set; } = "[code]";
}
