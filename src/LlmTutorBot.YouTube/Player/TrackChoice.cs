namespace LlmTutorBot.YouTube.Player;

/// <summary>The track chosen (or none), and the tracks passed over with why.</summary>
public sealed record TrackChoice(CaptionTrack? Track, IReadOnlyList<SkippedTrack> Skipped);

/// <summary>A track the selector could not use.</summary>
public sealed record SkippedTrack(CaptionTrack Track, string Reason);
