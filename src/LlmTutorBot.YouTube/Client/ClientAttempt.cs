using LlmTutorBot.YouTube.Player;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.YouTube.Client;

/// <summary>What one InnerTube client gave for a video: the transcript, or why not; what it listed, and how long it took.</summary>
public sealed record ClientAttempt(InnerTubeClientProfile Client, string Status, int Tracks, TimeSpan Elapsed, VideoTranscript? Transcript, VideoFailure? Failure)
{
    /// <summary>The languages of the tracks it listed ("en", "en (auto)").</summary>
    public IReadOnlyList<string> TrackLanguages { get; init; } = [];

    public bool Downloaded => Transcript is not null;
}
