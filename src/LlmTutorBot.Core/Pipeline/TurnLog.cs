using Microsoft.Extensions.Logging;

namespace LlmTutorBot.Core.Pipeline;

internal static partial class TurnLog
{
    /// <summary>Every line logged during a turn carries where it came from (JSON console logs show it as scope fields).</summary>
    public static readonly Func<ILogger, string, string, string?, IDisposable?> Scope =
        LoggerMessage.DefineScope<string, string, string?>("{Platform} conversation {ConversationId} message {MessageId}");

    [LoggerMessage(1, LogLevel.Debug, "Handled a {Platform} message in {Conversation} as {Intent} in {ElapsedMs:F1} ms")]
    public static partial void TurnHandled(ILogger logger, string platform, string conversation, string intent, double elapsedMs);

    [LoggerMessage(2, LogLevel.Error, "The {Intent} handler failed on a {Platform} message in {Conversation}")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string intent, string platform, string conversation);

    [LoggerMessage(3, LogLevel.Error, "The pipeline failed on a {Platform} message in {Conversation}")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string platform, string conversation);

    [LoggerMessage(4, LogLevel.Information, "A {Platform} message in {Conversation} is over the {Scope} rate limit; asked to retry in {RetryAfterSeconds:F0} s")]
    public static partial void QuotaExceeded(ILogger logger, string platform, string conversation, string scope, double retryAfterSeconds);
}
