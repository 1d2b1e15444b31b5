using LlmTutorBot.Core.Languages;

namespace LlmTutorBot.Faq.Knowledge;

/// <summary>
/// One entry of the knowledge base. <see cref="Title"/> is the original question (or statement) verbatim, in the
/// entry's <see cref="Language"/>; <see cref="Alternatives"/> are other ways to ask it, in each language.
/// </summary>
public sealed record KnowledgeEntry(
    string Id,
    EntryKind Kind,
    BotLanguage Language,
    KnowledgeCategory Category,
    string Title,
    string Answer,
    IReadOnlyDictionary<BotLanguage, IReadOnlyList<string>> Alternatives,
    PassagePosition? Position = null)
{
    /// <summary>Every way to ask this entry in a language: the title in its own language, then the alternatives.</summary>
    public IEnumerable<string> Phrasings(BotLanguage language)
    {
        if (language == Language)
        {
            yield return Title;
        }

        if (Alternatives.TryGetValue(language, out var alternatives))
        {
            foreach (var alternative in alternatives)
            {
                yield return alternative;
            }
        }
    }
}

/// <summary>Where a transcript passage sits: its first and last caption lines.</summary>
public sealed record PassagePosition(int FirstLine, int LastLine);
