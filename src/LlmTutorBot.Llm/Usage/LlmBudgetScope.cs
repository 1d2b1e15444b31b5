using LlmTutorBot.Core.Messaging;

namespace LlmTutorBot.Llm.Usage;

/// <summary>Who a call's tokens are charged to: the user, and their guild or tenant when there is one.</summary>
public sealed record LlmBudgetScope(string UserKey, string? GroupKey)
{
    /// <summary>The sender of a message and their guild or tenant, each keyed by platform so ids never collide.</summary>
    public static LlmBudgetScope Of(InboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var platform = message.Platform.ToString().ToLowerInvariant();
        return new($"{platform}:{message.User.Id}", string.IsNullOrEmpty(message.GroupId) ? null : $"{platform}:{message.GroupId}");
    }
}
