namespace LlmTutorBot.YouTube.Chunking;

/// <summary>Lines sent in one call, and how many tokens they take as rendered.</summary>
public sealed record CaptionChunk(int Index, IReadOnlyList<CaptionLine> Lines, int Tokens)
{
    public TimeSpan Start => Lines[0].Start;
}
