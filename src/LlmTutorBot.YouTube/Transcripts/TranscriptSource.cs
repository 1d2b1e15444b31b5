namespace LlmTutorBot.YouTube.Transcripts;

/// <summary>Where a transcript came from; replies name it.</summary>
public enum TranscriptSource
{
    /// <summary>Captions written by the video's uploader.</summary>
    Captions,

    /// <summary>YouTube's automatic speech recognition.</summary>
    AutoCaptions,

    /// <summary>YouTube's own machine translation of a caption track (&amp;tlang=).</summary>
    YouTubeTranslation,

    /// <summary>A .srt or .vtt file the user attached.</summary>
    Attachment,

    /// <summary>The copy shipped with the bot (the seed video).</summary>
    Bundled,

    /// <summary>A translation by the configured LLM.</summary>
    LlmTranslation,
}
