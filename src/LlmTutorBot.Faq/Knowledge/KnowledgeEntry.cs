using LlmTutorBot.Core.Languages;

namespace LlmTutorBot.Faq.Knowledge;

/// <summary>
/// One entry of the knowledge base. <see cref="Title"/> and <see cref="Answer"/> are the original (the question or
/// statement verbatim, in the entry's <see cref="Language"/>); <see cref="Translations"/> are the team's translations
/// into the other languages; <see cref="Alternatives"/> are other ways to ask it, in each language;
/// <see cref="Moment"/> is the moment of a video that discusses it.
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
    /// <summary>The team's translations of the title and answer, by language (never the entry's own).</summary>
    public IReadOnlyDictionary<BotLanguage, EntryTranslation> Translations { get; init; } = new Dictionary<BotLanguage, EntryTranslation>();

    /// <summary>The moment of a video that discusses this entry (for a transcript passage, where it starts).</summary>
    public VideoMoment? Moment { get; init; }

    /// <summary>
    /// What the team adds to an original it keeps verbatim (a claim that has aged, a correction), by language; shown
    /// after the answer.
    /// </summary>
    public IReadOnlyDictionary<BotLanguage, string> TeamNotes { get; init; } = new Dictionary<BotLanguage, string>();

    /// <summary>The team's note in <paramref name="language"/>, else in English, else none.</summary>
    public string? TeamNoteIn(BotLanguage language) =>
        TeamNotes.TryGetValue(language, out var note) || TeamNotes.TryGetValue(BotLanguage.En, out note) ? note : null;

    /// <summary>True when the entry can be shown in <paramref name="language"/>: it is its original or the team translated it.</summary>
    public bool Speaks(BotLanguage language) => language == Language || Translations.ContainsKey(language);

    /// <summary>The title in <paramref name="language"/> (the team's translation), else the original.</summary>
    public string TitleIn(BotLanguage language) =>
        language != Language && Translations.TryGetValue(language, out var translation) ? translation.Title : Title;

    /// <summary>The answer in <paramref name="language"/> (the team's translation), else the original.</summary>
    public string AnswerIn(BotLanguage language) =>
        language != Language && Translations.TryGetValue(language, out var translation) ? translation.Answer : Answer;

    /// <summary>
    /// Every way to ask this entry in a language: the title in its own language (or the team's translation of it),
    /// then the alternatives.
    /// </summary>
    public IEnumerable<string> Phrasings(BotLanguage language)
    {
        if (language == Language)
        {
            yield return Title;
        }
        else if (Translations.TryGetValue(language, out var translation))
        {
            yield return translation.Title;
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

/// <summary>Where a transcript passage sits: its first and last caption lines (1-based).</summary>
public sealed record PassagePosition(int FirstLine, int LastLine);
