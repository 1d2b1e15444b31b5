using LlmTutorBot.Faq.Knowledge;

namespace LlmTutorBot.Faq.Grounding;

/// <summary>An entry sent to the model as a passage, with its retrieval score and the text sent (cut to the budget).</summary>
public sealed record FaqPassage(KnowledgeEntry Entry, double Score, string Text);
