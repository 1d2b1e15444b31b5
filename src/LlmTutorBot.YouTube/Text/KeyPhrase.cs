namespace LlmTutorBot.YouTube.Text;

/// <summary>A phrase of one to three content words: its stemmed key, how it is usually written, and the sentences it occurs in.</summary>
public sealed record KeyPhrase(string Key, string Surface, int Words, IReadOnlyList<int> Sentences, double Idf)
{
    public int Count => Sentences.Count;
}
