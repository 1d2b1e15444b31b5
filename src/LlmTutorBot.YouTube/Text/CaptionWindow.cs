namespace LlmTutorBot.YouTube.Text;

/// <summary>A few consecutive captions read as one sentence-like unit: the unit summaries rank and searches return.</summary>
public sealed record CaptionWindow(int Index, TimeSpan Start, TimeSpan End, string Text, IReadOnlyList<string> Terms);
