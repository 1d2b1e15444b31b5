using System.Globalization;
using LlmTutorBot.Core.Doctor;
using LlmTutorBot.Redis.Connection;
using LlmTutorBot.Redis.Embedded;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace LlmTutorBot.Redis.Health;

/// <summary>The state store: PING, its version (INFO server) and whether what it holds survives a restart.</summary>
public sealed class RedisDoctorCheck(RedisConnection connection, EmbeddedRedisServer embedded, IOptions<RedisConnectionOptions> options) : IDoctorCheck
{
    private const string Check = "Redis";

    public int Order => 10;

    public async Task<IReadOnlyList<DoctorFinding>> RunAsync(CancellationToken cancellationToken)
    {
        var multiplexer = await connection.GetMultiplexerAsync().WaitAsync(cancellationToken);
        if (!multiplexer.IsConnected)
        {
            return [DoctorFinding.Fail(Check, $"{connection.Description} does not answer", options.Value.UsesEmbeddedServer
                ? "see the log lines above for why the embedded server did not start"
                : "check ConnectionStrings:Redis (host, port, password) and that the server runs")];
        }

        var database = multiplexer.GetDatabase();
        TimeSpan latency;
        string info;
        try
        {
            latency = await database.PingAsync().WaitAsync(cancellationToken);
            info = await connection.InfoAsync("server", cancellationToken);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            return [DoctorFinding.Fail(Check, $"{connection.Description} refused a command: {exception.Message}", "check the password and the user's rights in ConnectionStrings:Redis")];
        }

        var fields = InfoFields(info);
        var version = fields.TryGetValue("garnet_version", out var garnet) ? $"Garnet {garnet}"
            : fields.TryGetValue("redis_version", out var redis) ? $"Redis {redis}" : "version unknown";
        var detail = string.Create(CultureInfo.InvariantCulture, $"PONG in {latency.TotalMilliseconds:F1} ms from {connection.Description}, {version}");
        if (options.Value.UsesEmbeddedServer)
        {
            return [Embedded(detail)];
        }

        var persistence = InfoFields(await connection.InfoAsync("persistence", cancellationToken));
        var aof = persistence.GetValueOrDefault("aof_enabled") == "1";
        var snapshots = persistence.TryGetValue("rdb_last_bgsave_status", out var rdb) && persistence.GetValueOrDefault("rdb_last_save_time") is { } saved && saved != "0";
        return aof || snapshots
            ? [DoctorFinding.Pass(Check, $"{detail}; persistence: {(aof ? "append-only file" : $"snapshots (last {rdb})")}")]
            : [DoctorFinding.Pass(Check, $"{detail}; persistence: none reported (conversations and caches are lost when it restarts unless it is configured to save)")];
    }

    private DoctorFinding Embedded(string detail)
    {
        var store = embedded.Options;
        return embedded.Role switch
        {
            EmbeddedRedisRole.Serving or EmbeddedRedisRole.Client => DoctorFinding.Pass(
                Check,
                $"{detail}; persistence: {store.MemorySize} in memory, the rest on disk in {embedded.DataDirectory}, append-only log and checkpoints every {store.CheckpointIntervalSeconds} s"),
            _ when store.Persist => DoctorFinding.Fail(
                Check,
                $"{detail}; persistence: memory only, although EmbeddedRedis:Persist is on",
                "see the warning above: the data folder could not be used or its store refused the password; stop the other process or set EmbeddedRedis:DataDirectory"),
            _ => DoctorFinding.Pass(Check, $"{detail}; persistence: memory only (EmbeddedRedis:Persist is off): records beyond {store.MemorySize} and everything at exit are lost"),
        };
    }

    private static Dictionary<string, string> InfoFields(string info) =>
        info.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.StartsWith('#') && l.Contains(':', StringComparison.Ordinal))
            .Select(l => l.Split(':', 2))
            .GroupBy(p => p[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal);
}
