using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Core.Replicas;
using LlmTutorBot.Discord.Inbound;
using LlmTutorBot.Discord.Turns;
using LlmTutorBot.Redis;
using LlmTutorBot.Redis.Replicas;
using LlmTutorBot.Tests.Discord.Fakes;
using LlmTutorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LlmTutorBot.Tests.Replicas;

/// <summary>The same Discord event reaching two replicas (a shard handed over, a retried interaction) is answered once.</summary>
public sealed class DiscordDeduplicationTests(RedisFixture redis) : IAsyncLifetime
{
    private FakeDiscordRest _rest = null!;

    public async ValueTask InitializeAsync() => _rest = await FakeDiscordRest.StartAsync();

    public async ValueTask DisposeAsync() => await _rest.DisposeAsync();

    [Fact]
    public async Task A_message_delivered_to_two_replicas_is_answered_once_and_another_message_still_is()
    {
        var prefix = RedisFixture.UniquePrefix();
        using var replicaA = Build(prefix);
        using var replicaB = Build(prefix);
        var first = Turn($"{Random.Shared.NextInt64(1, long.MaxValue)}");
        var second = Turn($"{Random.Shared.NextInt64(1, long.MaxValue)}");

        await replicaA.GetRequiredService<DiscordTurnRunner>().RunAsync(first, TestContext.Current.CancellationToken);
        await replicaB.GetRequiredService<DiscordTurnRunner>().RunAsync(first, TestContext.Current.CancellationToken);
        await replicaB.GetRequiredService<DiscordTurnRunner>().RunAsync(second, TestContext.Current.CancellationToken);

        var replies = _rest.Requests.Where(r => r.Method == "POST" && r.Path == "/channels/200/messages").ToList();
        Assert.Equal(2, replies.Count);
        Assert.Equal(1, replicaA.GetRequiredService<DiscordTurnRunner>().Delivered);
        Assert.Equal(1, replicaB.GetRequiredService<DiscordTurnRunner>().Delivered);
    }

    private static DiscordTurn Turn(string messageId) => new(
        new InboundMessage { Conversation = new ConversationAddress(ChatPlatform.Discord, "200"), User = new ChatUser("42"), Text = "/help", MessageId = messageId },
        new DiscordReplyRoute("200", null, messageId, 1, "42"));

    private ServiceProvider Build(string prefix) =>
        DiscordTestServices.Build(_rest, TimeProvider.System, new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = redis.ConnectionString, ["State:KeyPrefix"] = prefix }, services =>
        {
            services.AddRedisState();
            services.AddSingleton<IEventDeduplicator, RedisEventDeduplicator>();
        });
}
