using LlmTutorBot.Redis.Embedded;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace LlmTutorBot.Redis.Connection;

/// <summary>
/// The process's one <see cref="ConnectionMultiplexer"/>, to the configured Redis or to the embedded Garnet server.
/// It connects on first use and reconnects by itself; callers take <see cref="GetDatabaseAsync"/> per operation.
/// </summary>
public sealed class RedisConnection : IAsyncDisposable, IDisposable
{
    private readonly RedisConnectionOptions _options;
    private readonly EmbeddedRedisServer _embedded;
    private readonly ILogger<RedisConnection> _logger;
    private readonly Lazy<Task<ConnectionMultiplexer>> _multiplexer;
    private ConfigurationOptions? _configuration;

    public RedisConnection(IOptions<RedisConnectionOptions> options, EmbeddedRedisServer embedded, ILogger<RedisConnection> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _embedded = embedded;
        _logger = logger;
        _multiplexer = new Lazy<Task<ConnectionMultiplexer>>(ConnectAsync, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Where state lives, for logs and /readyz: never includes a password.</summary>
    public string Description { get; private set; } = "Redis (not connected yet)";

    public async Task<IConnectionMultiplexer> GetMultiplexerAsync() => await _multiplexer.Value;

    public async Task<IDatabase> GetDatabaseAsync() => (await _multiplexer.Value).GetDatabase();

    /// <summary>
    /// The database when a connection to Redis is up; otherwise a <see cref="RedisConnectionException"/> at once, so
    /// a turn in degraded mode answers without first waiting for a command's timeout (seconds per message).
    /// </summary>
    public async Task<IDatabase> GetConnectedDatabaseAsync()
    {
        var multiplexer = await _multiplexer.Value;
        return multiplexer.IsConnected
            ? multiplexer.GetDatabase()
            : throw new RedisConnectionException(ConnectionFailureType.UnableToConnect, CommandFlags.None, $"{Description} is not connected.", null, CommandStatus.WaitingToBeSent);
    }

    /// <summary>
    /// The server's INFO section. StackExchange.Redis sends INFO only in admin mode, which the bot's own connection
    /// leaves off; a short-lived connection of the same settings turns it on for this one command (for doctor).
    /// </summary>
    public async Task<string> InfoAsync(string section, CancellationToken cancellationToken)
    {
        await _multiplexer.Value.WaitAsync(cancellationToken);
        var configuration = _configuration!.Clone();
        configuration.AllowAdmin = true;
        configuration.AbortOnConnectFail = true;
        configuration.ClientName = "llmtutorbot-doctor";
        await using var admin = await ConnectionMultiplexer.ConnectAsync(configuration).WaitAsync(cancellationToken);
        return await admin.GetServer(admin.GetEndPoints()[0]).InfoRawAsync(section).WaitAsync(cancellationToken) ?? "";
    }

    public async ValueTask DisposeAsync()
    {
        if (_multiplexer.IsValueCreated && _multiplexer.Value.IsCompletedSuccessfully)
        {
            await _multiplexer.Value.Result.DisposeAsync();
        }
    }

    public void Dispose()
    {
        if (_multiplexer.IsValueCreated && _multiplexer.Value.IsCompletedSuccessfully)
        {
            _multiplexer.Value.Result.Dispose();
        }
    }

    private async Task<ConnectionMultiplexer> ConnectAsync()
    {
        ConfigurationOptions configuration;
        if (_options.UsesEmbeddedServer)
        {
            var endpoint = _embedded.EnsureStarted();
            configuration = ConfigurationOptions.Parse(endpoint);
            configuration.Password = _embedded.Password;
            Description = _embedded.Role switch
            {
                EmbeddedRedisRole.Serving => $"embedded Garnet at {endpoint} (served by this process, data: {_embedded.DataDirectory})",
                EmbeddedRedisRole.Client => $"embedded Garnet at {endpoint} (served by process {_embedded.ServingProcessId}, data: {_embedded.DataDirectory})",
                _ => $"embedded Garnet at {endpoint} (data: memory only)",
            };
        }
        else
        {
            configuration = ConfigurationOptions.Parse(_options.ConnectionString!);
            Description = $"Redis at {string.Join(", ", configuration.EndPoints.Select(e => e.ToString()))}";
        }

        // Start even when Redis is down: the bot answers without memory and reconnects in the background.
        configuration.AbortOnConnectFail = false;
        configuration.ClientName ??= "llmtutorbot";
        _configuration = configuration;
        var multiplexer = await ConnectionMultiplexer.ConnectAsync(configuration);
        RedisLog.ConnectedTo(_logger, Description);
        return multiplexer;
    }
}
