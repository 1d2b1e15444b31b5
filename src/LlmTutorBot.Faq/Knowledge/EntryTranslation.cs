namespace LlmTutorBot.Faq.Knowledge;

/// <summary>The team's translation of an entry's title and answer into one language.</summary>
public sealed record EntryTranslation(string Title, string Answer);
