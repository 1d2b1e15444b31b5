using Microsoft.Extensions.Logging;

namespace LlmTutorBot.Redis;

internal static partial class RedisLog
{
    [LoggerMessage(100, LogLevel.Information, "Embedded Redis (Garnet) listening on {Endpoint}, data: {DataDirectory}")]
    public static partial void EmbeddedServerStarted(ILogger logger, string endpoint, string dataDirectory);

    [LoggerMessage(101, LogLevel.Warning, "The data folder {DataDirectory} cannot be locked ({Reason}); is the bot already running? This process keeps its state in memory only")]
    public static partial void DataDirectoryBusy(ILogger logger, string dataDirectory, string reason);

    [LoggerMessage(102, LogLevel.Information, "Conversation state in {Description}")]
    public static partial void ConnectedTo(ILogger logger, string description);

    [LoggerMessage(103, LogLevel.Warning, "Could not read conversation state for {Conversation}; answering without it")]
    public static partial void LoadFailed(ILogger logger, Exception exception, string conversation);

    [LoggerMessage(104, LogLevel.Warning, "Could not save conversation state for {Conversation}; this turn will not be remembered")]
    public static partial void SaveFailed(ILogger logger, Exception exception, string conversation);
}
