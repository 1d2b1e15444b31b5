using Microsoft.Extensions.Logging;

namespace LlmTutorBot.Core.Pipeline;

internal static partial class TurnLog
{
    [LoggerMessage(1, LogLevel.Debug, "Handled a {Platform} message in {Conversation} as {Intent} in {ElapsedMs:F1} ms")]
    public static partial void TurnHandled(ILogger logger, string platform, string conversation, string intent, double elapsedMs);

    [LoggerMessage(2, LogLevel.Error, "The {Intent} handler failed on a {Platform} message in {Conversation}")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string intent, string platform, string conversation);

    [LoggerMessage(3, LogLevel.Error, "The pipeline failed on a {Platform} message in {Conversation}")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string platform, string conversation);
}
