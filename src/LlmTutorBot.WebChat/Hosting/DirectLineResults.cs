using LlmTutorBot.WebChat.Wire;
using Microsoft.AspNetCore.Http;

namespace LlmTutorBot.WebChat.Hosting;

/// <summary>Direct Line's answers: its own JSON documents, and errors as {"error":{"code","message"}} as its clients expect.</summary>
internal static class DirectLineResults
{
    public static IResult Error(int status, string code, string message) =>
        Results.Json(new DirectLineError(new DirectLineErrorDetail(code, message)), WebChatJsonContext.Default.DirectLineError, statusCode: status);

    public static IResult Conversation(ConversationResponse response, int status = StatusCodes.Status200OK) =>
        Results.Json(response, WebChatJsonContext.Default.ConversationResponse, statusCode: status);

    public static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    public static string StreamUrl(HttpRequest request, string conversationId, string token) =>
        $"{(request.IsHttps ? "wss" : "ws")}://{request.Host}/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(token)}";
}
