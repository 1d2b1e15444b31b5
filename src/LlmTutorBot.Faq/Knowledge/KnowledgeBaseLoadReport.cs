namespace LlmTutorBot.Faq.Knowledge;

/// <summary>What was loaded from where, what was rejected and why, and how long it took.</summary>
public sealed record KnowledgeBaseLoadReport(IReadOnlyList<LoadedSource> Loaded, IReadOnlyList<RejectedItem> Rejected, TimeSpan Elapsed);

/// <summary>A file (built in or from the extra folder) and how many entries it gave.</summary>
public sealed record LoadedSource(string Name, int Entries);

/// <summary>A file or an entry that was not loaded, and why, in words an operator can act on.</summary>
public sealed record RejectedItem(string Source, string? EntryId, string Reason);
