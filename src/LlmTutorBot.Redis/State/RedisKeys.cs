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
