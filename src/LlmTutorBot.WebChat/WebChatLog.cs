using Microsoft.Extensions.Logging;

namespace LlmTutorBot.WebChat;

internal static partial class WebChatLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Error, Message = "A web chat turn failed outside the pipeline")]
    public static partial void TurnFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "Web chat request refused: {Path} {Status} {Code}")]
    public static partial void Refused(ILogger logger, Microsoft.AspNetCore.Http.PathString path, int status, string code);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Information, Message = "Web chat at / (Direct Line under /v3/directline)")]
    public static partial void Enabled(ILogger logger);
}
