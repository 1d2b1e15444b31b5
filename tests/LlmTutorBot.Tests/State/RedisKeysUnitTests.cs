using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Redis.State;

namespace LlmTutorBot.Tests.State;

public sealed class RedisKeysUnitTests
{
    private readonly RedisKeys _keys = new("bot:");

    [Fact]
    public void A_conversation_key_names_the_platform_the_conversation_and_the_thread()
    {
        Assert.Equal("bot:conv:discord:123", _keys.Conversation(new ConversationAddress(ChatPlatform.Discord, "123")).ToString());
        Assert.Equal("bot:turns:teams:19%3Aabc:1700000000000", _keys.Turns(new ConversationAddress(ChatPlatform.Teams, "19:abc", "1700000000000")).ToString());
        Assert.Equal("bot:user:webchat:u%251", _keys.User(ChatPlatform.WebChat, new ChatUser("u%1")).ToString());
    }

    [Fact]
    public void Quota_counters_name_their_scope_platform_id_and_window()
    {
        Assert.Equal("bot:rate:user:discord:42:29000000", _keys.UserRate(ChatPlatform.Discord, new ChatUser("42"), 29_000_000).ToString());
        Assert.Equal("bot:rate:group:teams:tenant%3A1:7", _keys.GroupRate(ChatPlatform.Teams, "tenant:1", 7).ToString());
        Assert.Equal("bot:llm-tokens:all:20260304", _keys.LlmTokens("all", null, new DateOnly(2026, 3, 4)).ToString());
        Assert.Equal("bot:llm-tokens:user:discord%3A42:20260304", _keys.LlmTokens("user", "discord:42", new DateOnly(2026, 3, 4)).ToString());
    }

    [Fact]
    public void Ids_holding_colons_never_collide_with_threads()
    {
        var thread = _keys.Conversation(new ConversationAddress(ChatPlatform.Teams, "a", "b"));
        var colon = _keys.Conversation(new ConversationAddress(ChatPlatform.Teams, "a:b"));
        var escapedLookalike = _keys.Conversation(new ConversationAddress(ChatPlatform.Teams, "a%3Ab"));

        Assert.NotEqual(thread, colon);
        Assert.NotEqual(colon, escapedLookalike);
    }

    [Fact]
    public void The_same_conversation_on_two_platforms_has_two_keys()
    {
        Assert.NotEqual(
            _keys.Conversation(new ConversationAddress(ChatPlatform.Discord, "42")),
            _keys.Conversation(new ConversationAddress(ChatPlatform.Teams, "42")));
    }
}
