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

    /// <summary>With an LLM: how many of the best entries go to the model as passages.</summary>
    [Range(1, 10)]
    public int LlmPassages { get; set; } = 4;

    /// <summary>With an LLM: the most tokens the passages may take together (the best one is always sent, cut if it must be).</summary>
    [Range(200, 100_000)]
    public int LlmPassageTokens { get; set; } = 3_000;

    /// <summary>With an LLM: the most tokens a grounded answer may take.</summary>
    [Range(50, 8_000)]
    public int LlmMaxOutputTokens { get; set; } = 700;

    /// <summary>
    /// With an LLM: a question whose best entry matches less than this share of its information is out of scope
    /// without asking the model (no tokens spent).
    /// </summary>
    [Range(0.0, 1.0)]
    public double LlmMinCoverage { get; set; } = 0.2;

    /// <summary>How long a grounded answer is kept in Redis, so the same question costs no tokens again.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan AnswerCacheTtl { get; set; } = TimeSpan.FromDays(1);
}

[OptionsValidator]
public sealed partial class FaqOptionsValidator : IValidateOptions<FaqOptions>;
