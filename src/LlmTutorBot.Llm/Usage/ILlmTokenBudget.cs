namespace LlmTutorBot.Llm.Usage;

/// <summary>
/// The operator's daily LLM token budget. The client asks before a call and records after it; the default allows
/// everything, and the production build keeps the counts in Redis.
/// </summary>
public interface ILlmTokenBudget
{
    /// <summary>False when the scope (or the whole bot) has spent its tokens for the day.</summary>
    ValueTask<bool> HasBudgetAsync(LlmBudgetScope? scope, CancellationToken cancellationToken);

    ValueTask RecordAsync(LlmBudgetScope? scope, LlmUsage usage, CancellationToken cancellationToken);
}
