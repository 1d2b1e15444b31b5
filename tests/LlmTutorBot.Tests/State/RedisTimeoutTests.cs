using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.Core.State;
using LlmTutorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LlmTutorBot.Tests.State;

/// <summary>A Redis that stops answering (not refusing: hanging) degrades the turn rather than failing it.</summary>
public sealed class RedisTimeoutTests(RedisFixture redis)
{
    [Fact]
    public async Task A_hung_redis_times_out_into_an_answer_without_memory()
    {
        await using var proxy = new StallingProxy(redis.ConnectionString);
        await using var services = BotServices.Build($"{proxy.Endpoint},syncTimeout=300,asyncTimeout=300,connectRetry=0");
        var processor = services.GetRequiredService<TurnProcessor>();
        var store = services.GetRequiredService<IConversationStore>();
        var conversation = Messages.NewConversation();
        var user = Messages.NewUser();
        var before = await store.LoadAsync(conversation, user, TestContext.Current.CancellationToken);

        proxy.Stall();
        var during = await store.LoadAsync(conversation, user, TestContext.Current.CancellationToken);
        var reply = await processor.ProcessAsync(Messages.Text(conversation, user, "/help"), cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(before.IsAvailable);
        Assert.False(during.IsAvailable);
        Assert.Equal("help", reply.Intent);
    }
}
