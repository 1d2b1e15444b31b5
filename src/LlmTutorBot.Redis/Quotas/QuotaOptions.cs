using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Redis.Quotas;

/// <summary>
/// Rate limits and the daily LLM token budget, counted in Redis so every replica shares them. 0 means unlimited.
/// The defaults never bite a person chatting normally; they stop floods and runaway costs.
/// </summary>
public sealed class QuotaOptions
{
    public const string SectionName = "Quotas";

    /// <summary>Messages one user may send per minute, on any platform but the operator's own CLI.</summary>
    [Range(0, 1_000_000)]
    public int UserMessagesPerMinute { get; set; } = 20;

    /// <summary>Messages one Discord guild or Teams tenant may send per minute, all its users together.</summary>
    [Range(0, 10_000_000)]
    public int GroupMessagesPerMinute { get; set; } = 600;

    /// <summary>LLM tokens (input and output) the whole bot may spend per UTC day.</summary>
    [Range(0, long.MaxValue)]
    public long DailyLlmTokens { get; set; }

    /// <summary>LLM tokens one user may spend per UTC day.</summary>
    [Range(0, long.MaxValue)]
    public long UserDailyLlmTokens { get; set; } = 500_000;

    /// <summary>LLM tokens one guild or tenant may spend per UTC day.</summary>
    [Range(0, long.MaxValue)]
    public long GroupDailyLlmTokens { get; set; }
}

[OptionsValidator]
public sealed partial class QuotaOptionsValidator : IValidateOptions<QuotaOptions>;
