using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LlmTutorBot.Core.Hosting;
using LlmTutorBot.WebChat.Conversations;
using LlmTutorBot.WebChat.Turns;
using LlmTutorBot.WebChat.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.WebChat.Hosting;

/// <summary>
/// Direct Line 3.0 for the local web chat. Every call but tokens/generate needs "Authorization: Bearer {token}"
/// (the stream takes it as ?t=): 401 without a known token, 403 for another conversation or an expired token.
/// </summary>
public static class DirectLineEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var directLine = endpoints.MapGroup("/v3/directline");
        directLine.MapPost("/tokens/generate", Generate);
        directLine.MapPost("/tokens/refresh", Refresh);
        directLine.MapPost("/conversations", Start);
        directLine.MapGet("/conversations/{conversationId}", Reconnect);
        directLine.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        directLine.MapGet("/conversations/{conversationId}/activities", GetActivities);
        directLine.MapGet("/conversations/{conversationId}/stream", DirectLineStream.RunAsync);
    }

    /// <summary>
    /// A token for a new conversation (the page's first call; Direct Line's token server). With WebChat:Secret, the
    /// caller must present it as a bearer token, unless WebChat:Public opens generation to anyone (such
    /// conversations are limited and budgeted per client IP).
    /// </summary>
    private static IResult Generate(HttpContext http, WebChatConversations conversations, IOptions<WebChatOptions> options, ILogger<WebChatConversations> logger)
    {
        var settings = options.Value;
        var presented = DirectLineResults.BearerToken(http.Request);
        var trusted = string.IsNullOrEmpty(settings.Secret) ? !settings.Public : SecretMatches(presented, settings.Secret);
        if (!trusted && !settings.Public)
        {
            return presented is null
                ? Refuse(http, logger, StatusCodes.Status401Unauthorized, "Unauthorized", "Generating a token needs the web chat's secret: Authorization: Bearer <WebChat:Secret>.")
                : Refuse(http, logger, StatusCodes.Status403Forbidden, "Forbidden", "The secret is not this web chat's WebChat:Secret.");
        }

        var clientScope = trusted ? null : $"ip:{http.Connection.RemoteIpAddress?.ToString() ?? "unknown"}";
        if (conversations.Create(clientScope) is not var (conversation, token))
        {
            return DirectLineResults.Error(StatusCodes.Status503ServiceUnavailable, "ServiceError", "Too many web chat conversations are open; try again later.");
        }

        return DirectLineResults.Conversation(new ConversationResponse(conversation.Id, token, conversations.TokenLifetimeSeconds, null));
    }

    private static IResult Refresh(HttpContext http, WebChatConversations conversations, ILogger<WebChatConversations> logger)
    {
        var access = Authorize(http, conversations, null, logger);
        return access.Conversation is not { } conversation
            ? Denied(access)
            : DirectLineResults.Conversation(new ConversationResponse(conversation.Id, conversations.Issue(conversation.Id), conversations.TokenLifetimeSeconds, null));
    }

    /// <summary>Starts the token's conversation: 201 the first time, 200 after.</summary>
    private static IResult Start(HttpContext http, WebChatConversations conversations, ILogger<WebChatConversations> logger)
    {
        var access = Authorize(http, conversations, null, logger);
        if (access.Conversation is not { } conversation)
        {
            return Denied(access);
        }

        var token = DirectLineResults.BearerToken(http.Request)!;
        var status = conversation.Started ? StatusCodes.Status200OK : StatusCodes.Status201Created;
        conversation.Started = true;
        var response = new ConversationResponse(conversation.Id, token, conversations.TokenLifetimeSeconds, DirectLineResults.StreamUrl(http.Request, conversation.Id, token));
        return DirectLineResults.Conversation(response, status);
    }

    /// <summary>A fresh stream URL for reconnecting.</summary>
    private static IResult Reconnect(HttpContext http, string conversationId, WebChatConversations conversations, ILogger<WebChatConversations> logger)
    {
        var access = Authorize(http, conversations, conversationId, logger);
        if (access.Conversation is not { } conversation)
        {
            return Denied(access);
        }

        var token = DirectLineResults.BearerToken(http.Request)!;
        return DirectLineResults.Conversation(new ConversationResponse(conversation.Id, token, conversations.TokenLifetimeSeconds, DirectLineResults.StreamUrl(http.Request, conversation.Id, token)));
    }

    /// <summary>The user's activity: kept in the history, a message answered in the background; returns its id.</summary>
    private static async Task<IResult> PostActivityAsync(
        HttpContext http,
        string conversationId,
        WebChatConversations conversations,
        WebChatTurns turns,
        WebChatTurnRunner runner,
        IOptions<WebChatOptions> options,
        TimeProvider time,
        ILogger<WebChatConversations> logger)
    {
        var access = Authorize(http, conversations, conversationId, logger);
        if (access.Conversation is not { } conversation)
        {
            return Denied(access);
        }

        var body = await RequestBody.ReadAsync(http.Request, options.Value.MaxRequestBytes, http.RequestAborted);
        if (body is null)
        {
            return Refuse(http, logger, StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"The activity is larger than {options.Value.MaxRequestBytes} bytes.");
        }

        DirectLineActivity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body, WebChatJsonContext.Default.DirectLineActivity);
        }
        catch (JsonException)
        {
            activity = null;
        }

        if (activity?.Type is not { Length: > 0 } type)
        {
            return Refuse(http, logger, StatusCodes.Status400BadRequest, "BadArgument", "The body is not an activity (JSON with a type).");
        }

        if (type != DirectLineActivity.MessageType)
        {
            // Typing and events from the client need no answer and are not kept.
            return Results.Json(new ResourceResponse($"{conversation.Id}|{type}"), WebChatJsonContext.Default.ResourceResponse);
        }

        var from = new DirectLineAccount(activity.From?.Id is { Length: > 0 } id && id != runner.Bot.Id ? id : "user", activity.From?.Name, "user");
        // channelData comes back as sent: Web Chat matches its own sends by channelData.clientActivityID.
        var message = conversation.Add(activity with { From = from, SuggestedActions = null, Attachments = null, ReplyToId = null }, time.GetUtcNow());
        turns.Start(ct => runner.RunAsync(conversation, message, ct));
        return Results.Json(new ResourceResponse(message.Id!), WebChatJsonContext.Default.ResourceResponse);
    }

    /// <summary>The activities after the watermark (all without one), bot replies included, and the new watermark.</summary>
    private static IResult GetActivities(HttpContext http, string conversationId, string? watermark, WebChatConversations conversations, ILogger<WebChatConversations> logger)
    {
        var access = Authorize(http, conversations, conversationId, logger);
        if (access.Conversation is not { } conversation)
        {
            return Denied(access);
        }

        var (activities, next) = conversation.Since(ParseWatermark(watermark));
        return Results.Json(new ActivitySet(activities, next.ToString(CultureInfo.InvariantCulture)), WebChatJsonContext.Default.ActivitySet);
    }

    private static bool SecretMatches(string? presented, string secret) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(secret));

    internal static long ParseWatermark(string? watermark) =>
        long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    internal static Authorization Authorize(HttpContext http, WebChatConversations conversations, string? conversationId, ILogger logger, string? token = null)
    {
        var access = conversations.Authorize(token ?? DirectLineResults.BearerToken(http.Request), conversationId);
        if (!access.Allowed)
        {
            WebChatLog.Refused(logger, http.Request.Path, access.Status, access.Code!);
        }

        return access;
    }

    internal static IResult Denied(Authorization access) => DirectLineResults.Error(access.Status, access.Code!, access.Message!);

    private static IResult Refuse(HttpContext http, ILogger logger, int status, string code, string message)
    {
        WebChatLog.Refused(logger, http.Request.Path, status, code);
        return DirectLineResults.Error(status, code, message);
    }
}
