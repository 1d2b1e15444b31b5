using System.Text.Json.Serialization;

namespace LlmTutorBot.WebChat.Wire;

/// <summary>The answer to generating a token or starting a conversation.</summary>
public sealed record ConversationResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? StreamUrl);
