using Microsoft.Extensions.Logging;

namespace LlmTutorBot.Redis.Replicas;

internal static partial class ReplicaLog
{
    [LoggerMessage(170, LogLevel.Warning, "Redis cannot say whether {Scope} event {Id} was seen already; handling it")]
    public static partial void DuplicateCheckUnavailable(ILogger logger, Exception exception, string scope, string id);
}
