using Microsoft.Extensions.Logging;

namespace LlmTutorBot.YouTube.Client;

internal static partial class YouTubeLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "YouTube captions of {VideoId} came from client {Client} ({Tracks} caption tracks, {Segments} captions)")]
    public static partial void ClientAnswered(ILogger logger, string videoId, string client, int tracks, int segments);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Information, Message = "YouTube client {Client} gave no captions for {VideoId} ({Status}): {Kind}, {Detail}; {Next}")]
    public static partial void ClientRefused(ILogger logger, string videoId, string client, string status, LlmTutorBot.YouTube.Player.VideoFailureKind kind, string? detail, string next);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Warning, Message = "YouTube request for {VideoId} failed with {Reason}; retry {Retry}")]
    public static partial void Retrying(ILogger logger, string videoId, string reason, int retry, Exception? exception);

    [LoggerMessage(EventId = 4009, Level = LogLevel.Debug, Message = "YouTube client {Client} skipped for {VideoId}: its captions need a PO token")]
    public static partial void ClientSkipped(ILogger logger, string videoId, string client);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Warning, Message = "{Warning}")]
    public static partial void SettingsWarning(ILogger logger, string warning);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "YouTube refused {VideoId} ({Kind}): {Detail}")]
    public static partial void Refused(ILogger logger, string videoId, string kind, string? detail);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Skipped caption track {Language} of {VideoId} given to {Client}: {Reason}")]
    public static partial void TrackSkipped(ILogger logger, string videoId, string language, string client, string reason);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "YouTube request failed for {VideoId}")]
    public static partial void RequestFailed(ILogger logger, string videoId, Exception exception);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Debug, Message = "Transcript {Key} served from {Where}")]
    public static partial void Served(ILogger logger, string key, string where);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Warning, Message = "The result file store is unavailable; the reply goes without file links")]
    public static partial void FilesUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4090, Level = LogLevel.Warning, Message = "YouTube:FilesBaseUrl is deprecated: set Bot:PublicBaseUrl (Bot__PublicBaseUrl) to the bot's public address instead; {Using} is used for result-file links")]
    public static partial void FilesBaseUrlDeprecated(ILogger logger, string @using);
}
