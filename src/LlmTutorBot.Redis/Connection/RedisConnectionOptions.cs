namespace LlmTutorBot.Redis.Connection;

/// <summary>
/// Bound from <c>ConnectionStrings:Redis</c> (a StackExchange.Redis configuration string such as
/// "localhost:6379,password=…"). Empty means: run the embedded Garnet server.
/// </summary>
public sealed class RedisConnectionOptions
{
    public string? ConnectionString { get; set; }

    public bool UsesEmbeddedServer => string.IsNullOrWhiteSpace(ConnectionString);
}
