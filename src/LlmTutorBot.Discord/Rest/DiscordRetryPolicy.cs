namespace LlmTutorBot.Discord.Rest;

/// <summary>
/// How a REST request that met a transient failure (5xx, 408, a timeout, a dropped connection) is tried again: up to
/// <see cref="MaxAttempts"/> attempts, each limited to <see cref="AttemptTimeout"/>, waits growing from
/// <see cref="BaseDelay"/> with full jitter, and no attempt started after <see cref="Deadline"/>. Retries wait inside
/// the route's rate-limit bucket, so they count against it and keep the channel's messages in order.
/// </summary>
internal sealed record DiscordRetryPolicy
{
    public static DiscordRetryPolicy Default { get; } = new();

    public int MaxAttempts { get; init; } = 4;

    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(20);

    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(8);

    /// <summary>From the first attempt: past this, the last failure is the answer.</summary>
    public TimeSpan Deadline { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The wait before attempt <paramref name="attempt"/> + 1: a random share of base × 2^(attempt−1), capped.</summary>
    public TimeSpan Backoff(int attempt)
    {
        var ceiling = Math.Min(MaxDelay.TotalMilliseconds, BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(attempt - 1, 0, 16)));
        return TimeSpan.FromMilliseconds(ceiling * Random.Shared.NextDouble());
    }

    /// <summary>5xx and 408 are worth another try; other answers say something about the request itself.</summary>
    public static bool IsTransient(int status) => status is >= 500 and <= 599 or 408;
}
