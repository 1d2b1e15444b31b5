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
