namespace LlmTutorBot.Llm.Usage;

/// <summary>Who a call's tokens are charged to: the user, and their guild or tenant when there is one.</summary>
public sealed record LlmBudgetScope(string UserKey, string? GroupKey);
