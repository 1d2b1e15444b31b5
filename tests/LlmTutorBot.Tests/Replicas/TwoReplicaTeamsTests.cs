using System.Net;
using System.Text.Json;
using LlmTutorBot.Redis.Jobs;
using LlmTutorBot.Teams.Activities;
using LlmTutorBot.Tests.Infrastructure;
using LlmTutorBot.Tests.Teams;
using LlmTutorBot.Tests.YouTube;
using Microsoft.Extensions.DependencyInjection;

namespace LlmTutorBot.Tests.Replicas;

/// <summary>
/// Two whole bots on one Redis, as two replicas behind a load balancer: the same Teams activities reach both, one
/// replica dies in the middle of a video summary, and the other finishes every job with each reply sent once.
/// </summary>
public sealed class TwoReplicaTeamsTests(RedisFixture redis)
{
    private const string Makani = "player_An8vtD1FDqs_en_manual+asr.response.json";

    private static readonly string[] Videos = ["An8vtD1FDqs", "M4gD1WSo5mA", "cJ9to6EmElQ"];

    [Fact]
    public async Task Every_job_finishes_and_every_reply_is_sent_once_when_a_replica_dies_in_the_middle_of_a_job()
    {
        await using var youtube = await FakeYouTube.StartAsync();
        youtube.DefaultPlayerResponse = FakeYouTube.Recorded("newpipe", Makani);
        youtube.AnswerAsRequestedVideo = true;
        youtube.Captions = _ => TimedTextBodies.Json3(TimedTextBodies.Long(TimeSpan.FromMinutes(3)));
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = 0;
        youtube.BeforePlayer = async cancellationToken =>
        {
            Interlocked.Increment(ref held);
            await release.Task.WaitAsync(cancellationToken);
        };
        await using var connector = await FakeBotFramework.StartAsync();
        var settings = Settings(RedisFixture.UniquePrefix(), youtube.BaseUrl);
        var replicaA = TeamsHost.Create(redis.ConnectionString, connector, settings);
        await using var replicaB = TeamsHost.Create(redis.ConnectionString, connector, settings);
        using var clientA = replicaA.CreateClient();
        using var clientB = replicaB.CreateClient();
        var jobs = Videos.Select(video => SummaryRequest(connector, video)).ToList();

        foreach (var (activity, i) in jobs.Select((a, i) => (a, i)))
        {
            var (first, second) = i % 2 == 0 ? (clientA, clientB) : (clientB, clientA);
            using var one = await TeamsHost.PostAsync(first, activity, connector.Token());
            using var two = await TeamsHost.PostAsync(second, activity, connector.Token());
            Assert.Equal(HttpStatusCode.Accepted, one.StatusCode);
            Assert.Equal(HttpStatusCode.Accepted, two.StatusCode);
        }

        // One worker per replica: two held requests mean each replica is in the middle of a job.
        await Eventually.WaitAsync(() => Volatile.Read(ref held) >= 2, "both replicas fetching a video");
        var startedOnA = replicaA.Services.GetRequiredService<JobWorkerService>().Started;
        await replicaA.DisposeAsync();
        release.TrySetResult();

        var store = replicaB.Services.GetRequiredService<RedisJobStore>();
        await Eventually.WaitAsync(store.CountAsync, counts => counts == (0, 0, 0), "an empty queue");
        await Eventually.WaitAsync(() => jobs.All(job => Summaries(connector, job).Count >= 1), "a summary in every conversation");

        Assert.Equal(1, startedOnA);
        Assert.All(jobs, job => Assert.Single(Summaries(connector, job)));
        Assert.True(replicaB.Services.GetRequiredService<JobReaperService>().Requeued >= 1, "replica B put the dead replica's job back");
        Assert.Equal(3, replicaB.Services.GetRequiredService<JobWorkerService>().Completed);
    }

    internal static (string Key, string? Value)[] Settings(string prefix, string youTubeBaseUrl) =>
    [
        ("State:KeyPrefix", prefix),
        ("YouTube:BaseUrl", youTubeBaseUrl),
        ("BotFramework:ProgressUpdateInterval", "00:00:00.001"),
        ("Jobs:WorkersPerReplica", "1"),
        ("Jobs:LeaseSeconds", "2"),
        ("Jobs:PollMilliseconds", "50"),
    ];

    /// <summary>"/summarize" of <paramref name="video"/> in a conversation of its own.</summary>
    private static Activity SummaryRequest(FakeBotFramework connector, string video)
    {
        var activity = TeamsHost.Recorded(connector, TeamsFixtures.Recordings2019, "personal_message.activity.json", text: $"/summarize https://youtu.be/{video}");
        return activity with { Conversation = activity.Conversation! with { Id = $"a:conv-{video}-{Guid.NewGuid():N}" } };
    }

    /// <summary>The final replies (the summary card) sent to the job's conversation; progress messages are not counted.</summary>
    private static List<RecordedCall> Summaries(FakeBotFramework connector, Activity job) =>
        [.. connector.Calls.Where(c => c.IsMessage && c.ConversationId == job.Conversation!.Id
            && JsonSerializer.Serialize(c.Activity, BotFrameworkJsonContext.Default.Activity).Contains("Takeaways", StringComparison.Ordinal))];
}
