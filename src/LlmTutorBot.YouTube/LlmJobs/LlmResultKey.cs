namespace LlmTutorBot.YouTube.LlmJobs;

/// <summary>Where an LLM result is cached, and the tags that drop it with its model or prompt version.</summary>
public sealed record LlmResultKey(string Value, IReadOnlyList<string> Tags);
