namespace LlmTutorBot.Llm.Usage;

/// <summary>No daily limit: the default until a store of counts is registered.</summary>
public sealed class UnlimitedTokenBudget : ILlmTokenBudget
{
    public ValueTask<bool> HasBudgetAsync(LlmBudgetScope? scope, CancellationToken cancellationToken) => ValueTask.FromResult(true);

    public ValueTask RecordAsync(LlmBudgetScope? scope, LlmUsage usage, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
