using LlmTutorBot.YouTube.Player;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.YouTube.Client;

/// <summary>A transcript from the first client that gave one, or the most telling failure; and every client asked.</summary>
public sealed record CaptionFetchResult(VideoTranscript? Transcript, VideoFailure? Failure, IReadOnlyList<ClientAttempt> Attempts);
