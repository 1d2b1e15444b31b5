using Microsoft.Extensions.Logging;

namespace LlmTutorBot.Teams;

internal static partial class TeamsLog
{
    [LoggerMessage(1, LogLevel.Information, "Fetched {Count} Bot Framework signing keys")]
    public static partial void SigningKeysFetched(ILogger logger, int count);

    [LoggerMessage(2, LogLevel.Warning, "Could not fetch the Bot Framework signing keys from {Url}: {Reason}; keeping the previous ones")]
    public static partial void SigningKeysUnavailable(ILogger logger, string url, string reason);

    [LoggerMessage(3, LogLevel.Warning, "Refused an activity on {Path} with {Status}: {Reason}")]
    public static partial void ActivityRefused(ILogger logger, string path, int status, string reason);

    [LoggerMessage(4, LogLevel.Debug, "Ignored an activity: {Reason}")]
    public static partial void ActivityIgnored(ILogger logger, string reason);

    [LoggerMessage(5, LogLevel.Information, "Activity {ActivityId} was delivered again: answered once already")]
    public static partial void DuplicateActivity(ILogger logger, string activityId);

    [LoggerMessage(6, LogLevel.Warning,
        "MicrosoftAppId is not set and BotFramework:AllowUnauthenticatedLocal is on: /api/messages accepts UNAUTHENTICATED activities from direct loopback callers only (local tools such as the Microsoft 365 Agents Playground), replying to loopback serviceUrls only. Set MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId before exposing the bot to Teams.")]
    public static partial void LocalModeWarning(ILogger logger);

    [LoggerMessage(7, LogLevel.Warning, "The Connector answered {Status} to {Method} {Operation}; retry {Attempt} in {DelayMs:F0} ms")]
    public static partial void ConnectorRetry(ILogger logger, int status, string method, string operation, int attempt, double delayMs);

    [LoggerMessage(8, LogLevel.Error, "The Connector refused {Operation} with {Status}")]
    public static partial void ConnectorFailed(ILogger logger, string operation, int status);

    [LoggerMessage(9, LogLevel.Error, "Could not reach the Connector for {Operation}")]
    public static partial void ConnectorUnreachable(ILogger logger, Exception exception, string operation);

    [LoggerMessage(10, LogLevel.Error, "Could not get a Bot Framework token from the token endpoint: {Reason}")]
    public static partial void TokenUnavailable(ILogger logger, string reason);

    [LoggerMessage(11, LogLevel.Warning, "The duplicate check is unavailable (Redis); processing activity {ActivityId} anyway")]
    public static partial void DuplicateCheckUnavailable(ILogger logger, Exception exception, string activityId);

    [LoggerMessage(12, LogLevel.Error, "A background turn failed")]
    public static partial void BackgroundTurnFailed(ILogger logger, Exception exception);

    [LoggerMessage(13, LogLevel.Warning, "The turn queue is full ({Capacity}): refused an activity with 503")]
    public static partial void QueueFull(ILogger logger, int capacity);

    [LoggerMessage(14, LogLevel.Warning, "Could not upload an accepted file to {Host}: {Reason}")]
    public static partial void FileUploadFailed(ILogger logger, string host, string reason);

    [LoggerMessage(15, LogLevel.Warning, "Refused a {Invoke} invoke: {Reason}")]
    public static partial void InvokeRefused(ILogger logger, string invoke, string reason);

    [LoggerMessage(16, LogLevel.Information, "Teams stopped streaming in {Conversation} ({Reason}); the answer goes as a plain message")]
    public static partial void StreamStopped(ILogger logger, string conversation, string reason);

    [LoggerMessage(17, LogLevel.Warning, "Could not remember the sent message {MessageId} for feedback (Redis)")]
    public static partial void SentMessageNotRemembered(ILogger logger, Exception exception, string messageId);

    [LoggerMessage(40, LogLevel.Warning, "MicrosoftAppId is not set: /api/messages refuses every activity with 401 (set MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId, or BotFramework:AllowUnauthenticatedLocal=true for local tools)")]
    public static partial void ClosedWithoutAppId(ILogger logger);
}
