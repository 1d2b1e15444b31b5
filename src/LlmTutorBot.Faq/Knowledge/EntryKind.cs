namespace LlmTutorBot.Faq.Knowledge;

/// <summary>What an entry is: a curated question and answer, a statement from a summary, or a transcript passage.</summary>
public enum EntryKind
{
    Question,
    Takeaway,
    Highlight,
    Passage,
}
