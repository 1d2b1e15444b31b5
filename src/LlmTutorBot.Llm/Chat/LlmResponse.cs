using LlmTutorBot.Llm.Usage;

namespace LlmTutorBot.Llm.Chat;

/// <summary>The model's text and what it cost.</summary>
public sealed record LlmResponse(string Text, LlmUsage Usage);
