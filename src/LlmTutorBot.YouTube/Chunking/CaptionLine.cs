namespace LlmTutorBot.YouTube.Chunking;

/// <summary>
/// Consecutive captions sent to the model as one line: captions [<see cref="First"/>, First + Count) of the
/// transcript, starting at the first one's start.
/// </summary>
public sealed record CaptionLine(int First, int Count, TimeSpan Start, string Text)
{
    public int Next => First + Count;
}
