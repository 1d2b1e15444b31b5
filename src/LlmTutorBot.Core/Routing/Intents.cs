namespace LlmTutorBot.Core.Routing;

/// <summary>Names of the intents the core itself produces.</summary>
public static class Intents
{
    public const string InvalidInput = "invalid-input";
    public const string CommandError = "command-error";
    public const string Error = "error";
    public const string Fallback = "fallback";

    /// <summary>The message was over a rate limit and answered with when to retry.</summary>
    public const string QuotaExceeded = "quota-exceeded";
}
