using System.Text.Json.Serialization;

namespace LlmTutorBot.Teams.DirectLine;

/// <summary>Direct Line's answer to starting a conversation or generating a token.</summary>
public sealed record DirectLineConversation(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl")] string? StreamUrl);
