namespace LlmTutorBot.Core.State;

/// <summary>Everything one turn writes, in one round trip: its field changes, its new turns and its intent.</summary>
public sealed record ConversationUpdate(StateChanges Changes, IReadOnlyList<ConversationTurn> NewTurns, string? Intent)
{
    public bool IsEmpty => Changes.IsEmpty && NewTurns.Count == 0 && Intent is null;
}
