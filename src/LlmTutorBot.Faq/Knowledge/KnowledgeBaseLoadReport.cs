namespace LlmTutorBot.Faq.Knowledge;

/// <summary>What was loaded from where, what was rejected and why, and how long it took.</summary>
public sealed record KnowledgeBaseLoadReport(IReadOnlyList<LoadedSource> Loaded, IReadOnlyList<RejectedItem> Rejected, TimeSpan Elapsed)
{
    /// <summary>Curated entries (not transcript passages) that the team has not translated into every language, and which ones they lack.</summary>
    public IReadOnlyList<MissingTranslation> MissingTranslations { get; init; } = [];
}

/// <summary>An entry loaded without its translation into some languages: it answers in its original language there.</summary>
public sealed record MissingTranslation(string EntryId, IReadOnlyList<LlmTutorBot.Core.Languages.BotLanguage> Languages);

/// <summary>A file (built in or from the extra folder) and how many entries it gave.</summary>
public sealed record LoadedSource(string Name, int Entries);

/// <summary>A file or an entry that was not loaded, and why, in words an operator can act on.</summary>
public sealed record RejectedItem(string Source, string? EntryId, string Reason);
