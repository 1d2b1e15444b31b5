namespace LlmTutorBot.Hosting.RateLimits;

/// <summary>The public endpoints, grouped as <see cref="RateLimitOptions"/> limits them.</summary>
public enum RateLimitGroup
{
    None,
    BotFramework,
    Discord,
    WebChat,
    Files,
    Health,
}

/// <summary>Which group a request path belongs to (every path the host maps has one).</summary>
internal static class RateLimitGroups
{
    public static RateLimitGroup Of(PathString path)
    {
        if (path.StartsWithSegments("/api/messages", StringComparison.OrdinalIgnoreCase))
        {
            return RateLimitGroup.BotFramework;
        }

        if (path.StartsWithSegments("/api/discord", StringComparison.OrdinalIgnoreCase))
        {
            return RateLimitGroup.Discord;
        }

        if (path.StartsWithSegments("/files", StringComparison.OrdinalIgnoreCase))
        {
            return RateLimitGroup.Files;
        }

        if (path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/readyz", StringComparison.OrdinalIgnoreCase))
        {
            return RateLimitGroup.Health;
        }

        // Direct Line, the page at "/" and anything unknown (404s cost a caller too).
        return RateLimitGroup.WebChat;
    }
}
