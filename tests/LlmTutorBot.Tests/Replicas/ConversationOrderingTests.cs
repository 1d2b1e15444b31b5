using System.Collections.Concurrent;
using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Core.Replicas;
using LlmTutorBot.Redis;
using LlmTutorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LlmTutorBot.Tests.Replicas;

/// <summary>Turns of one conversation on two replicas sharing Redis: one at a time, each replica's in arrival order.</summary>
public sealed class ConversationOrderingTests(RedisFixture redis)
{
    [Fact]
    public async Task Turns_of_one_conversation_never_overlap_across_replicas_and_keep_their_order_on_each()
    {
        var prefix = RedisFixture.UniquePrefix();
        using var replicaA = Build(prefix);
        using var replicaB = Build(prefix);
        var sequencers = new[] { replicaA.GetRequiredService<ConversationSequencer>(), replicaB.GetRequiredService<ConversationSequencer>() };
        var conversation = Messages.NewConversation(ChatPlatform.Teams);
        var running = 0;
        var overlaps = 0;
        var order = new ConcurrentQueue<(int Replica, int Turn)>();

        var turns = Enumerable.Range(0, 20).Select(i => sequencers[i % 2].RunAsync(conversation, async _ =>
        {
            if (Interlocked.Increment(ref running) > 1)
            {
                Interlocked.Increment(ref overlaps);
            }

            order.Enqueue((i % 2, i));
            for (var step = 0; step < 5; step++)
            {
                await Task.Yield();
            }

            Interlocked.Decrement(ref running);
        }, TestContext.Current.CancellationToken)).ToList();
        await Task.WhenAll(turns);

        Assert.Equal(0, overlaps);
        Assert.Equal(20, order.Count);
        foreach (var replica in new[] { 0, 1 })
        {
            var ran = order.Where(o => o.Replica == replica).Select(o => o.Turn).ToList();
            Assert.Equal(ran.Order(), ran);
        }
    }

    [Fact]
    public async Task A_turn_under_the_conversation_lock_costs_two_redis_round_trips()
    {
        using var replica = Build(RedisFixture.UniquePrefix());
        var roundTrips = replica.GetRequiredService<LlmTutorBot.Redis.Connection.RedisRoundTrips>();
        var before = roundTrips.Total;

        await replica.GetRequiredService<ConversationSequencer>().RunAsync(Messages.NewConversation(ChatPlatform.Teams), _ => Task.CompletedTask, TestContext.Current.CancellationToken);

        // Taking the lease, and releasing it with one DEL (it cannot have expired yet).
        Assert.Equal(2, roundTrips.Total - before);
    }

    [Fact]
    public async Task Turns_of_different_conversations_run_side_by_side()
    {
        using var replica = Build(RedisFixture.UniquePrefix());
        var sequencer = replica.GetRequiredService<ConversationSequencer>();
        var bothInside = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var inside = 0;

        async Task Turn(CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref inside) == 2)
            {
                bothInside.TrySetResult();
            }

            await bothInside.Task.WaitAsync(cancellationToken);
        }

        await Task.WhenAll(
            sequencer.RunAsync(Messages.NewConversation(ChatPlatform.Discord), Turn, TestContext.Current.CancellationToken),
            sequencer.RunAsync(Messages.NewConversation(ChatPlatform.Discord), Turn, TestContext.Current.CancellationToken)).WaitAsync(Eventually.Limit, TestContext.Current.CancellationToken);

        Assert.True(bothInside.Task.IsCompletedSuccessfully);
    }

    private ServiceProvider Build(string prefix) =>
        BotServices.Build(redis.ConnectionString, new Dictionary<string, string?> { ["State:KeyPrefix"] = prefix }, services => services.AddRedisReplicas());
}
