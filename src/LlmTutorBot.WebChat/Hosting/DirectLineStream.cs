using System.Net.WebSockets;
using System.Text.Json;
using LlmTutorBot.WebChat.Conversations;
using LlmTutorBot.WebChat.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LlmTutorBot.WebChat.Hosting;

/// <summary>
/// The WebSocket at a conversation's streamUrl (?t={token}[&amp;watermark=N]): first the activities since the watermark
/// (those sent before the socket opened), then each new set as it arrives. Frames the client sends are ignored.
/// </summary>
internal static class DirectLineStream
{
    public static async Task<IResult> RunAsync(
        HttpContext http,
        string conversationId,
        string? t,
        string? watermark,
        WebChatConversations conversations,
        IHostApplicationLifetime lifetime,
        ILogger<WebChatConversations> logger)
    {
        var access = DirectLineEndpoints.Authorize(http, conversations, conversationId, logger, t ?? "");
        if (access.Conversation is not { } conversation)
        {
            return DirectLineEndpoints.Denied(access);
        }

        if (!http.WebSockets.IsWebSocketRequest)
        {
            return DirectLineResults.Error(StatusCodes.Status400BadRequest, "BadArgument", "The stream is a WebSocket.");
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        var closed = DrainAsync(socket, stop.Token);
        var sent = DirectLineEndpoints.ParseWatermark(watermark);
        try
        {
            while (!closed.IsCompleted)
            {
                var (activities, next) = conversation.Since(sent);
                if (activities.Count > 0 || next != sent)
                {
                    var set = new ActivitySet(activities, next.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    await socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(set, WebChatJsonContext.Default.ActivitySet), WebSocketMessageType.Text, true, stop.Token);
                    sent = next;
                }

                await Task.WhenAny(conversation.ChangedAfterAsync(sent), closed).WaitAsync(stop.Token);
            }

            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The client went away or the host is stopping.
        }

        return Results.Empty;
    }

    /// <summary>Reads (and ignores) what the client sends, keep-alives included, until it closes.</summary>
    private static async Task DrainAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var received = await socket.ReceiveAsync(buffer, cancellationToken);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // Closed either way.
        }
    }
}
