namespace LlmTutorBot.YouTube.Text;

/// <summary>A word of a caption and when it is spoken (json3's <c>tStartMs + tOffsetMs</c>).</summary>
public sealed record TimedWord(TimeSpan Start, string Text);
