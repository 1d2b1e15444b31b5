namespace LlmTutorBot.Llm.Chat;

/// <summary>Which provider and model answer, and the model's context size in tokens.</summary>
public sealed record LlmProviderInfo(string Provider, string Model, int ContextTokens);
