namespace LlmTutorBot.WebChat.Conversations;

/// <summary>What a Direct Line token allows: one conversation, until it expires.</summary>
public sealed record TokenGrant(string ConversationId, DateTimeOffset ExpiresAt);
