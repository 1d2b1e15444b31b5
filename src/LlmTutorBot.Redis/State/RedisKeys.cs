using LlmTutorBot.Core.Messaging;
using StackExchange.Redis;

namespace LlmTutorBot.Redis.State;

/// <summary>
/// Every key the bot writes, built in one place: "{prefix}{kind}:{platform}:{id}[:{thread}]". Ids are escaped
/// (':' and '%') so that no two conversations can share a key whatever their ids hold.
/// </summary>
public sealed class RedisKeys(string prefix)
{
    public string Prefix { get; } = prefix;

    /// <summary>A hash of the conversation's fields: lang, video, intent.</summary>
    public RedisKey Conversation(ConversationAddress conversation) => Key("conv", conversation);

    /// <summary>A list of the conversation's last turns, as JSON, oldest first.</summary>
    public RedisKey Turns(ConversationAddress conversation) => Key("turns", conversation);

    /// <summary>A hash of the user's preferences: lang.</summary>
    public RedisKey User(ChatPlatform platform, ChatUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return $"{Prefix}user:{Platform(platform)}:{Escape(user.Id)}";
    }

    /// <summary>A capped list shared by every conversation, such as the FAQ's unanswered questions.</summary>
    public RedisKey Log(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return $"{Prefix}log:{Escape(name)}";
    }

    /// <summary>A counter of the user's messages in one rate window (a window number, such as minutes since 1970).</summary>
    public RedisKey UserRate(ChatPlatform platform, ChatUser user, long window)
    {
        ArgumentNullException.ThrowIfNull(user);
        return $"{Prefix}rate:user:{Platform(platform)}:{Escape(user.Id)}:{window}";
    }

    /// <summary>A counter of a guild's or tenant's messages in one rate window.</summary>
    public RedisKey GroupRate(ChatPlatform platform, string groupId, long window)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(groupId);
        return $"{Prefix}rate:group:{Platform(platform)}:{Escape(groupId)}:{window}";
    }

    /// <summary>A counter of LLM tokens spent on one UTC day: by everyone ("all"), a user or a group.</summary>
    public RedisKey LlmTokens(string scope, string? id, DateOnly day)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        var date = day.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        return id is null ? $"{Prefix}llm-tokens:{scope}:{date}" : $"{Prefix}llm-tokens:{scope}:{Escape(id)}:{date}";
    }

    private string Key(string kind, ConversationAddress conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var key = $"{Prefix}{kind}:{Platform(conversation.Platform)}:{Escape(conversation.ConversationId)}";
        return conversation.ThreadId is null ? key : $"{key}:{Escape(conversation.ThreadId)}";
    }

    private static string Platform(ChatPlatform platform) => platform.ToString().ToLowerInvariant();

    private static string Escape(string id) =>
        id.Contains('%', StringComparison.Ordinal) || id.Contains(':', StringComparison.Ordinal)
            ? id.Replace("%", "%25", StringComparison.Ordinal).Replace(":", "%3A", StringComparison.Ordinal)
            : id;
}
