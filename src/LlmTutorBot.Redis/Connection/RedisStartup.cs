using Microsoft.Extensions.Hosting;

namespace LlmTutorBot.Redis.Connection;

/// <summary>Connects (and starts the embedded server) while the host starts, so the first message waits for nothing.</summary>
internal sealed class RedisStartup(RedisConnection connection) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => connection.GetMultiplexerAsync().WaitAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
