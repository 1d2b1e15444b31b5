namespace LlmTutorBot.Discord.Gateway;

/// <summary>The gateway client's waits. Discord's values by default; tests shorten them.</summary>
internal sealed record GatewayTimings
{
    public static GatewayTimings Default { get; } = new();

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long HELLO may take after the connection opens.</summary>
    public TimeSpan HelloTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The first reconnection waits this long (with jitter), doubling up to <see cref="ReconnectMax"/>.</summary>
    public TimeSpan ReconnectMin { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan ReconnectMax { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>After INVALID_SESSION Discord asks for a random wait of 1 to 5 seconds.</summary>
    public TimeSpan InvalidSessionMin { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan InvalidSessionMax { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>IDENTIFYs per bucket are spaced this far apart (max_concurrency per 5 s).</summary>
    public TimeSpan IdentifySpacing { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>At most this many frames sent per connection in <see cref="SendWindow"/> (Discord: 120 per 60 s).</summary>
    public int SendLimit { get; init; } = 115;

    public TimeSpan SendWindow { get; init; } = TimeSpan.FromSeconds(60);
}
