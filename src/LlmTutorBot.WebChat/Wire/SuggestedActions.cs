namespace LlmTutorBot.WebChat.Wire;

/// <summary>The buttons shown under a bot message until the user answers.</summary>
public sealed record SuggestedActions(IReadOnlyList<CardAction> Actions);
