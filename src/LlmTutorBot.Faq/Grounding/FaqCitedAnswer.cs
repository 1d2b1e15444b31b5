namespace LlmTutorBot.Faq.Grounding;

/// <summary>The model's answer with valid citations numbered, the passages it cited, and the ids it made up.</summary>
public sealed record FaqCitedAnswer(string Text, IReadOnlyList<FaqPassage> Cited, IReadOnlyList<string> Dropped);
