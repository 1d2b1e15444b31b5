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
}
