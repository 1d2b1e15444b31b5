using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Quotas;

namespace LlmTutorBot.Core.State;

/// <summary>What the bot remembers when a message arrives: about this conversation and about its sender.</summary>
public sealed record ConversationState
{
    public static ConversationState Empty { get; } = new();

    /// <summary>The state store could not be read: the turn goes on with nothing remembered.</summary>
    public static ConversationState Unavailable { get; } = new() { IsAvailable = false };

    /// <summary>The language this conversation was last answered in.</summary>
    public BotLanguage? Language { get; init; }

    /// <summary>The video the conversation is about (its URL or id), set by the video features.</summary>
    public string? CurrentVideo { get; init; }

    public string? LastIntent { get; init; }

    /// <summary>What the last answer was about, as its feature wrote it (say, an FAQ entry), for follow-up questions.</summary>
    public string? Topic { get; init; }

    /// <summary>The last turns, oldest first, at most <see cref="StateOptions.MaxTurns"/>.</summary>
    public IReadOnlyList<ConversationTurn> Turns { get; init; } = [];

    /// <summary>The sender's preferred reply language, set with /lang; it follows them into every conversation.</summary>
    public BotLanguage? UserLanguage { get; init; }

    public bool IsAvailable { get; init; } = true;

    /// <summary>Set by a store that keeps quotas when this message is over a rate limit: the turn only says when to retry.</summary>
    public QuotaExceeded? QuotaExceeded { get; init; }
}
