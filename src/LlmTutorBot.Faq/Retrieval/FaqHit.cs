using LlmTutorBot.Faq.Knowledge;

namespace LlmTutorBot.Faq.Retrieval;

/// <summary>
/// A scored entry. <see cref="Coverage"/> is the share of the question's information (IDF-weighted terms, in the
/// language that matched best) that the entry matches; <see cref="MatchedWeight"/> is that information in absolute terms;
/// <see cref="Exact"/> is true when the question is word for word one of the entry's phrasings.
/// </summary>
public sealed record FaqHit(KnowledgeEntry Entry, double Score, double Coverage, double MatchedWeight, bool Exact = false);
