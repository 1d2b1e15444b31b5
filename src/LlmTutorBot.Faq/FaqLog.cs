using Microsoft.Extensions.Logging;

namespace LlmTutorBot.Faq;

internal static partial class FaqLog
{
    [LoggerMessage(300, LogLevel.Information, "Knowledge base: {Entries} entries from {Sources} sources, loaded and indexed in {ElapsedMs:F0} ms")]
    public static partial void Loaded(ILogger logger, int entries, int sources, double elapsedMs);

    [LoggerMessage(301, LogLevel.Information, "Knowledge base: {Entries} entries from {Source}")]
    public static partial void LoadedSource(ILogger logger, string source, int entries);

    [LoggerMessage(302, LogLevel.Warning, "Knowledge base: rejected {Entry} of {Source}: {Reason}")]
    public static partial void Rejected(ILogger logger, string source, string entry, string reason);

    [LoggerMessage(303, LogLevel.Warning, "Knowledge base: {Count} entries lack a translation and answer in their original language there: {Missing}")]
    public static partial void MissingTranslations(ILogger logger, int count, string missing);

    [LoggerMessage(310, LogLevel.Information, "FAQ grounded answer: {Passages} passage(s) sent, {Cited} cited, cached: {Cached}")]
    public static partial void Grounded(ILogger logger, int passages, int cited, bool cached);

    [LoggerMessage(311, LogLevel.Warning, "FAQ: the model is unavailable ({Reason}); answering with the curated entry")]
    public static partial void ModelUnavailable(ILogger logger, string reason);

    [LoggerMessage(312, LogLevel.Information, "FAQ: the model cited none of the passages it was given (dropped: {Dropped}); answering with the curated entry")]
    public static partial void NoValidCitation(ILogger logger, string dropped);

    [LoggerMessage(313, LogLevel.Information, "FAQ: the model found no answer in {Passages} passage(s)")]
    public static partial void NoAnswer(ILogger logger, int passages);

    [LoggerMessage(315, LogLevel.Warning, "FAQ: embeddings unavailable ({Reason}); ranking passages by words only")]
    public static partial void EmbeddingsUnavailable(ILogger logger, string reason);
}
