namespace LlmTutorBot.WebChat.Conversations;

/// <summary>The outcome of checking a token against a conversation: the conversation, or the status and error code.</summary>
public sealed record Authorization(WebChatConversation? Conversation, int Status, string? Code, string? Message)
{
    public bool Allowed => Conversation is not null;

    public static Authorization Allow(WebChatConversation conversation) => new(conversation, 200, null, null);

    public static Authorization Deny(int status, string code, string message) => new(null, status, code, message);
}
