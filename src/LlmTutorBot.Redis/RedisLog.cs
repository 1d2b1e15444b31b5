using Microsoft.Extensions.Logging;

namespace LlmTutorBot.Redis;

internal static partial class RedisLog
{
    [LoggerMessage(100, LogLevel.Information, "Embedded Redis (Garnet) listening on {Endpoint}, data: {DataDirectory}")]
    public static partial void EmbeddedServerStarted(ILogger logger, string endpoint, string dataDirectory);

    [LoggerMessage(101, LogLevel.Warning, "The data folder {DataDirectory} cannot be used ({Reason}); this process keeps its state in memory only")]
    public static partial void DataDirectoryBusy(ILogger logger, string dataDirectory, string reason);

    [LoggerMessage(102, LogLevel.Information, "Conversation state in {Description}")]
    public static partial void ConnectedTo(ILogger logger, string description);

    [LoggerMessage(103, LogLevel.Warning, "Could not read conversation state for {Conversation}; answering without it")]
    public static partial void LoadFailed(ILogger logger, Exception exception, string conversation);

    [LoggerMessage(104, LogLevel.Warning, "Could not save conversation state for {Conversation}; this turn will not be remembered")]
    public static partial void SaveFailed(ILogger logger, Exception exception, string conversation);

    [LoggerMessage(105, LogLevel.Information, "The embedded store of {DataDirectory} is served by process {ProcessId} at {Endpoint}; this process connects to it")]
    public static partial void JoinedServedStore(ILogger logger, string dataDirectory, int processId, string endpoint);

    [LoggerMessage(106, LogLevel.Warning, "The store named by {PortFile} (port {Port}) refuses the password written there; this process keeps its state in memory only. Stop the other process using {DataDirectory}, or delete the port file if none runs")]
    public static partial void ServedStoreRefusedPassword(ILogger logger, string portFile, int port, string dataDirectory);

    [LoggerMessage(107, LogLevel.Warning, "The Redis cache is unavailable; serving without it")]
    public static partial void CacheUnavailable(ILogger logger, Exception exception);
}
