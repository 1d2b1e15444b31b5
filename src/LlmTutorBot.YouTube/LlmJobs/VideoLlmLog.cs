using Microsoft.Extensions.Logging;

namespace LlmTutorBot.YouTube.LlmJobs;

internal static partial class VideoLlmLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Information,
        Message = "LLM {Job} of {Video} into {Language} by {Model}: {Calls} calls, {InputTokens} input and {OutputTokens} output tokens, {Chunks} chunks")]
    public static partial void JobCost(ILogger logger, string job, string video, string language, string model, int calls, long inputTokens, long outputTokens, int chunks);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "LLM {Job} of {Video} into {Language} served from the cache (0 tokens)")]
    public static partial void Cached(ILogger logger, string job, string video, string language);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "The LLM could not do the {Job} of {Video}; the embedded engine answers instead")]
    public static partial void ProviderDown(ILogger logger, string job, string video, Exception exception);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Warning, Message = "Translation chunk {Chunk} of {Video}: the answer missed {Missing} of {Lines} lines ({Attempt})")]
    public static partial void ChunkIncomplete(ILogger logger, int chunk, string video, int missing, int lines, string attempt);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Information, Message = "Summary of {Video}: {Path}")]
    public static partial void SummaryPath(ILogger logger, string video, string path);
}
