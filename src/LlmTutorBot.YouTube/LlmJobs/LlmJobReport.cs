using LlmTutorBot.Llm.Chat;
using LlmTutorBot.Llm.Usage;

namespace LlmTutorBot.YouTube.LlmJobs;

/// <summary>How an LLM job went: the model, what it cost, and what the reply must say about it.</summary>
/// <param name="Provider">The provider and model that answered (or were asked, when down).</param>
/// <param name="Usage">Calls and tokens; <see cref="LlmUsage.None"/> for a result from the cache.</param>
public sealed record LlmJobReport(LlmProviderInfo Provider, LlmUsage Usage)
{
    /// <summary>The result came from the Redis cache: it cost no tokens this time.</summary>
    public bool FromCache { get; init; }

    /// <summary>The provider could not answer, so the embedded engine's result is given instead.</summary>
    public bool ProviderDown { get; init; }

    /// <summary>With <see cref="ProviderDown"/>: the daily LLM token budget, not the provider, refused the job.</summary>
    public bool BudgetSpent { get; init; }

    /// <summary>The report of a result read from the cache: it cost nothing this time.</summary>
    public static LlmJobReport Cached(LlmProviderInfo provider) => new(provider, LlmUsage.None) { FromCache = true };

    /// <summary>The report of a job the embedded engine did because the model could not (down or out of budget).</summary>
    public static LlmJobReport Down(LlmProviderInfo provider, LlmUnavailableException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new(provider, LlmUsage.None) { ProviderDown = true, BudgetSpent = exception.BudgetExceeded };
    }

    /// <summary>Lines the model did not translate twice in a row, given in the original instead.</summary>
    public int FallbackLines { get; init; }
}
