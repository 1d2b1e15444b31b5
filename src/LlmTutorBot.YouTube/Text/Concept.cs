namespace LlmTutorBot.YouTube.Text;

/// <summary>A concept of the field as a learner would name it, and the sentences of a transcript that mention it.</summary>
public sealed record Concept(int Id, string Name, IReadOnlyList<int> Sentences)
{
    public int Count => Sentences.Count;
}
