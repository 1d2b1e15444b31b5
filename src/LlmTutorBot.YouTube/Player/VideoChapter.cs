namespace LlmTutorBot.YouTube.Player;

/// <summary>A chapter the uploader listed in the description ("0:00 Intro").</summary>
public sealed record VideoChapter(TimeSpan Start, string Title);
