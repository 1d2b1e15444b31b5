using LlmTutorBot.Redis.Embedded;
using LlmTutorBot.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

[assembly: AssemblyFixture(typeof(RedisFixture))]

namespace LlmTutorBot.Tests.Infrastructure;

/// <summary>
/// The Redis every *Tests class talks to: the server named by LLMTUTORBOT_TEST_REDIS (CI starts a real
/// redis-server), otherwise an in-process Garnet on a free loopback port. Tests isolate themselves by key prefix.
/// </summary>
public sealed class RedisFixture : IDisposable
{
    public const string EnvironmentVariable = "LLMTUTORBOT_TEST_REDIS";

    private readonly EmbeddedRedisServer? _garnet;

    public RedisFixture()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            ConnectionString = configured;
            Kind = "redis-server";
            return;
        }

        _garnet = new EmbeddedRedisServer(Options.Create(new EmbeddedRedisOptions { Persist = false }), NullLoggerFactory.Instance);
        ConnectionString = _garnet.EnsureStarted();
        Kind = "garnet";
    }

    public string ConnectionString { get; }

    /// <summary>"redis-server" or "garnet", for messages.</summary>
    public string Kind { get; }

    /// <summary>A key prefix no other test uses.</summary>
    public static string UniquePrefix() => $"test:{Guid.NewGuid():N}:";

    public void Dispose() => _garnet?.Dispose();
}
