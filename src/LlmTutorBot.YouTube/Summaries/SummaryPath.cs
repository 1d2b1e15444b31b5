namespace LlmTutorBot.YouTube.Summaries;

/// <summary>How a summary was made, for the log and the <c>llmtutorbot.summary.paths</c> counter.</summary>
public enum SummaryPath
{
    /// <summary>The embedded extractive engine (no model configured).</summary>
    Extractive,

    /// <summary>The model's answer under the structured-output JSON schema.</summary>
    Structured,

    /// <summary>The model's answer in the line format, read tolerantly (headings, bold labels, numbered lists).</summary>
    Lines,

    /// <summary>The model's summary from the result cache.</summary>
    Cached,

    /// <summary>The model could not answer or its answer was unusable: the extractive summary instead.</summary>
    Fallback,
}
