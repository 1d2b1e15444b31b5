using LlmTutorBot.Tests.Infrastructure;
using LlmTutorBot.Tests.Replicas;
using static LlmTutorBot.Tests.Teams.TeamsFixtures;

namespace LlmTutorBot.Tests.Teams;

/// <summary>What a plain Teams message costs in Redis round trips, on one replica of the whole bot.</summary>
public sealed class TeamsRoundTripTests(RedisFixture redis) : IAsyncLifetime
{
    private const string RoundTrips = "llmtutorbot.redis.round_trips";
    private FakeBotFramework _fake = null!;

    public async ValueTask InitializeAsync() => _fake = await FakeBotFramework.StartAsync();

    public async ValueTask DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task A_plain_question_costs_five_round_trips_one_per_step()
    {
        await using var factory = TeamsHost.Create(redis.ConnectionString, _fake);
        using var client = factory.CreateClient();
        using (var warmUp = new MeterRecorder(factory.Services))
        {
            // The lease is released after the reply has gone: wait for it, so it is not counted as the next turn's.
            await SendAsync(client, "What is a token?");
            await Eventually.WaitAsync(() => warmUp.Count(RoundTrips, ("operation", "lease-release")) > 0, "the first turn's lease released");
        }

        using var meter = new MeterRecorder(factory.Services);

        await SendAsync(client, "Are LLMs conscious?");
        await Eventually.WaitAsync(() => meter.Count(RoundTrips, ("operation", "lease-release")) > 0, "the conversation's lease released");

        // The activity's id claimed (de-duplication), the conversation's lease taken, the state loaded (with the rate
        // limits), the turn saved, the lease released: one round trip each, and nothing else.
        Assert.Equal(1, meter.Count(RoundTrips, ("operation", "dedup")));
        Assert.Equal(1, meter.Count(RoundTrips, ("operation", "lease-acquire")));
        Assert.Equal(1, meter.Count(RoundTrips, ("operation", "load")));
        Assert.Equal(1, meter.Count(RoundTrips, ("operation", "save")));
        Assert.Equal(1, meter.Count(RoundTrips, ("operation", "lease-release")));
        Assert.Equal(5, meter.Count(RoundTrips));
    }

    private async Task SendAsync(HttpClient client, string text)
    {
        var activity = TeamsHost.Recorded(_fake, Recordings2019, "personal_message.activity.json", text: text);
        using var response = await TeamsHost.PostAsync(client, activity, _fake.Token());
        response.EnsureSuccessStatusCode();
        await _fake.WaitForAsync(c => c.IsMessage && c.ActivityId == activity.Id);
    }
}
