using LlmTutorBot.YouTube.LlmJobs;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.YouTube.Translations;

/// <summary>
/// Translates a transcript, keeping its timings. The embedded engine asks YouTube for its own translation (or uses
/// the bundled one); an LLM engine can translate any transcript, attachments included.
/// </summary>
public interface ITranslationEngine
{
    string Name { get; }

    Task<TranscriptResult> TranslateAsync(VideoTranscript original, string targetLanguage, VideoJobProgress progress, CancellationToken cancellationToken);
}
