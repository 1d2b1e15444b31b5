using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Faq;

/// <summary>The FAQ tutor: where extra knowledge lives and how sure it must be to answer.</summary>
public sealed class FaqOptions
{
    public const string SectionName = "Faq";

    /// <summary>A folder of extra knowledge-base files (*.json in the documented format), loaded at start-up after the built-in ones.</summary>
    public string? ExtraDirectory { get; set; }

    /// <summary>The share of a question's information an entry must match to be answered outright.</summary>
    [Range(0.0, 1.0)]
    public double ConfidentCoverage { get; set; } = 0.5;

    /// <summary>Below this share the question is treated as out of scope; between the two, "did you mean" offers the best entries.</summary>
    [Range(0.0, 1.0)]
    public double SuggestCoverage { get; set; } = 0.4;

    /// <summary>The least matched information (summed IDF) for any answer or suggestion, so a lone common word never decides.</summary>
    [Range(0.0, 100.0)]
    public double MinimumMatchedWeight { get; set; } = 1.5;

    /// <summary>
    /// When the second entry of the same category scores at least this share of the first, the question is ambiguous
    /// and "did you mean" offers both (1 turns this off).
    /// </summary>
    [Range(0.5, 1.0)]
    public double AmbiguityRatio { get; set; } = 0.95;

    /// <summary>Longer answers are cut at a paragraph and continued with a "more" button.</summary>
    [Range(300, 3_500)]
    public int MaxAnswerLength { get; set; } = 1_500;

    /// <summary>How many questions one page of /faq lists.</summary>
    [Range(3, 50)]
    public int PageSize { get; set; } = 10;

    /// <summary>How many unanswered questions are kept for curators (the oldest are dropped).</summary>
    [Range(10, 100_000)]
    public int MaxUnanswered { get; set; } = 1_000;
}

[OptionsValidator]
public sealed partial class FaqOptionsValidator : IValidateOptions<FaqOptions>;
