using Microsoft.Extensions.Logging;

namespace LlmTutorBot.Redis.Quotas;

internal static partial class QuotaLog
{
    [LoggerMessage(120, LogLevel.Warning, "Could not read or record the LLM token budget in Redis; letting the call through")]
    public static partial void BudgetUnavailable(ILogger logger, Exception exception);
}
