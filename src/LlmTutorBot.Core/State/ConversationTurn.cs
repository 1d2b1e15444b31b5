namespace LlmTutorBot.Core.State;

public enum TurnRole
{
    User,
    Bot,
}

/// <summary>One remembered message of a conversation, its text capped by <see cref="StateOptions.MaxTurnLength"/>.</summary>
public sealed record ConversationTurn(TurnRole Role, string Text, DateTimeOffset At, string? Intent = null);
