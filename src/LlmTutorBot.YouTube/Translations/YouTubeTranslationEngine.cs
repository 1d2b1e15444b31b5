using LlmTutorBot.YouTube.LlmJobs;
using LlmTutorBot.YouTube.Player;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.YouTube.Translations;

/// <summary>Translation with no LLM: YouTube's own caption translation (&amp;tlang=), cached, or the bundled copy.</summary>
public sealed class YouTubeTranslationEngine(VideoTranscripts transcripts) : ITranslationEngine
{
    public string Name => "youtube";

    public Task<TranscriptResult> TranslateAsync(VideoTranscript original, string targetLanguage, VideoJobProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(original);
        return original.Transcript.Source == TranscriptSource.Attachment
            ? Task.FromResult(TranscriptResult.Failed(VideoFailureKind.NotTranslatable, "YouTube cannot translate an attached file."))
            : transcripts.GetAsync(original.Metadata.Id, targetLanguage, cancellationToken);
    }
}
