using LlmTutorBot.YouTube.Player;

namespace LlmTutorBot.YouTube.Transcripts;

/// <summary>A transcript, or why there is none.</summary>
public sealed record TranscriptResult(VideoTranscript? Value, VideoFailure? Failure)
{
    public static TranscriptResult Ok(VideoTranscript value) => new(value, null);

    public static TranscriptResult Failed(VideoFailureKind kind, string? detail = null) => new(null, new VideoFailure(kind, detail));

    public static TranscriptResult Failed(VideoFailure failure) => new(null, failure);
}
