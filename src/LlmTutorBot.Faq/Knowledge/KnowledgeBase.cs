namespace LlmTutorBot.Faq.Knowledge;

/// <summary>Every entry the bot answers from, with its categories in the order the sources list them.</summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, KnowledgeEntry> _byId;

    public KnowledgeBase(IReadOnlyList<KnowledgeEntry> entries, IReadOnlyList<KnowledgeCategory> categories, KnowledgeBaseLoadReport report)
    {
        Entries = entries;
        Categories = categories;
        Report = report;
        _byId = entries.ToDictionary(e => e.Id, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<KnowledgeEntry> Entries { get; }

    public IReadOnlyList<KnowledgeCategory> Categories { get; }

    /// <summary>What was loaded from where, and what was rejected and why.</summary>
    public KnowledgeBaseLoadReport Report { get; }

    public KnowledgeEntry? Find(string id) => _byId.GetValueOrDefault(id);
}
