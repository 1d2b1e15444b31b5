using Microsoft.Extensions.Logging;

namespace LlmTutorBot.YouTube.Client;

internal static partial class YouTubeLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "YouTube player for {VideoId} as {Client}: failure {Failure}, {Tracks} caption tracks")]
    public static partial void PlayerAnswered(ILogger logger, string videoId, string client, LlmTutorBot.YouTube.Player.VideoFailureKind? failure, int tracks);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "YouTube refused {VideoId} ({Kind}): {Detail}")]
    public static partial void Refused(ILogger logger, string videoId, string kind, string? detail);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Skipped caption track {Language} of {VideoId}: {Reason}")]
    public static partial void TrackSkipped(ILogger logger, string videoId, string language, string reason);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "YouTube request failed for {VideoId}")]
    public static partial void RequestFailed(ILogger logger, string videoId, Exception exception);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Debug, Message = "Transcript {Key} served from {Where}")]
    public static partial void Served(ILogger logger, string key, string where);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Warning, Message = "The transcript cache is unavailable; fetching without it")]
    public static partial void CacheUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4090, Level = LogLevel.Warning, Message = "YouTube:FilesBaseUrl is deprecated: set Bot:PublicBaseUrl (Bot__PublicBaseUrl) to the bot's public address instead; {Using} is used for result-file links")]
    public static partial void FilesBaseUrlDeprecated(ILogger logger, string @using);
}
