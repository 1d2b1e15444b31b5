namespace LlmTutorBot.Llm.Prompts;

/// <summary>A prompt with its placeholders filled: the instructions and the request.</summary>
public sealed record RenderedPrompt(string System, string User);
