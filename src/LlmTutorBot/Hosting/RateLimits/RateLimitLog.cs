namespace LlmTutorBot.Hosting.RateLimits;

internal static partial class RateLimitLog
{
    [LoggerMessage(1, LogLevel.Warning, "Rate limit: refused {Method} {Path} from {Client} with 429 ({Group}, {Limit} per minute)")]
    public static partial void Refused(ILogger logger, string method, string path, string client, RateLimitGroup group, int limit);
}
