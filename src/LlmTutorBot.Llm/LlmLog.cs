using System.Net;
using Microsoft.Extensions.Logging;

namespace LlmTutorBot.Llm;

/// <summary>The LLM client's logs: never a prompt at Information level, never the key.</summary>
internal static partial class LlmLog
{
    [LoggerMessage(900, LogLevel.Information, "LLM: {Provider} model {Model} at {Endpoint}, context {ContextTokens} tokens")]
    public static partial void Active(ILogger logger, string provider, string model, string endpoint, int contextTokens);

    [LoggerMessage(901, LogLevel.Information, "LLM: none configured (Llm:Provider=None); every skill uses its embedded engine")]
    public static partial void Disabled(ILogger logger);

    [LoggerMessage(902, LogLevel.Information, "LLM {Operation} on {Model}: {Calls} call(s), {InputTokens} tokens in, {OutputTokens} out, {DurationMs:F0} ms")]
    public static partial void Completed(ILogger logger, string operation, string model, int calls, long inputTokens, long outputTokens, double durationMs);

    [LoggerMessage(903, LogLevel.Warning, "LLM {Operation} on {Model} failed after {DurationMs:F0} ms: {Reason}")]
    public static partial void Failed(ILogger logger, string operation, string model, double durationMs, string reason);

    [LoggerMessage(904, LogLevel.Information, "LLM request got {Status}; retry {Attempt} of {MaxRetries} in {DelayMs:F0} ms")]
    public static partial void Retrying(ILogger logger, HttpStatusCode status, int attempt, int maxRetries, double delayMs);

    [LoggerMessage(905, LogLevel.Information, "LLM request failed ({Reason}); retry {Attempt} of {MaxRetries} in {DelayMs:F0} ms")]
    public static partial void RetryingAfterError(ILogger logger, string reason, int attempt, int maxRetries, double delayMs);

    [LoggerMessage(906, LogLevel.Warning, "LLM {Operation} refused: the token budget is spent")]
    public static partial void BudgetSpent(ILogger logger, string operation);

    [LoggerMessage(907, LogLevel.Debug, "LLM {Operation} prompt: system {SystemChars} chars, user {UserChars} chars")]
    public static partial void Prompt(ILogger logger, string operation, int systemChars, int userChars);
}
