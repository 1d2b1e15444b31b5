using Microsoft.Extensions.Logging;

namespace LlmTutorBot.Core.Replicas;

internal static partial class ReplicaLog
{
    [LoggerMessage(20, LogLevel.Warning, "The lock of conversation {Conversation} cannot be taken or released in Redis; the turn runs without it")]
    public static partial void LockUnavailable(ILogger logger, Exception exception, string conversation);
}
