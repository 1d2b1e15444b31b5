using LlmTutorBot.YouTube.Player;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.YouTube.Client;

/// <summary>The segments of one caption track, or why there are none.</summary>
public sealed record CaptionFetch(IReadOnlyList<TranscriptSegment>? Segments, VideoFailure? Failure);
