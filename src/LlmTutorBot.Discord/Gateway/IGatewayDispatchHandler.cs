using System.Text.Json;

namespace LlmTutorBot.Discord.Gateway;

/// <summary>Receives the gateway's dispatch events, each once, in sequence order per shard. Must not block for long.</summary>
internal interface IGatewayDispatchHandler
{
    ValueTask HandleAsync(int shardId, string eventName, JsonElement data, CancellationToken cancellationToken);
}
