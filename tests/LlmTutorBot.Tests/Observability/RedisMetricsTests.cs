using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.Redis.Connection;
using LlmTutorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LlmTutorBot.Tests.Observability;

/// <summary>Redis round trips are an instrument of the bot's meter, by operation, in step with the counter tests read.</summary>
public sealed class RedisMetricsTests(RedisFixture redis)
{
    [Fact]
    public async Task Each_message_records_one_load_and_one_save_round_trip()
    {
        await using var services = BotServices.Build(redis.ConnectionString);
        using var meter = new MeterRecorder(services);
        var processor = services.GetRequiredService<TurnProcessor>();
        var conversation = Messages.NewConversation();
        var user = Messages.NewUser();

        await processor.ProcessAsync(Messages.Text(conversation, user, "/lang fr"), cancellationToken: TestContext.Current.CancellationToken);
        await processor.ProcessAsync(Messages.Text(conversation, user, "/help"), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, meter.Sum("llmtutorbot.redis.round_trips", ("operation", "load")));
        Assert.Equal(2, meter.Sum("llmtutorbot.redis.round_trips", ("operation", "save")));
        Assert.Equal(services.GetRequiredService<RedisRoundTrips>().Total, meter.Sum("llmtutorbot.redis.round_trips"));
    }
}
