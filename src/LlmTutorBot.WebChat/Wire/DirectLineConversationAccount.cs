namespace LlmTutorBot.WebChat.Wire;

/// <summary>The conversation an activity belongs to.</summary>
public sealed record DirectLineConversationAccount(string Id);
