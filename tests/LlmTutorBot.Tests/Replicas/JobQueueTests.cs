using LlmTutorBot.Core.Jobs;
using LlmTutorBot.Redis;
using LlmTutorBot.Redis.Jobs;
using LlmTutorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LlmTutorBot.Tests.Replicas;

/// <summary>The job queue's Redis commands against the test server (Garnet unless LLMTUTORBOT_TEST_REDIS names a Redis).</summary>
public sealed class JobQueueTests(RedisFixture redis)
{
    [Fact]
    public async Task A_queued_job_moves_to_processing_and_is_delivered_once_however_often_it_runs()
    {
        using var services = Build(redis, RedisFixture.UniquePrefix(), new ScriptedJobDelivery());
        var store = services.GetRequiredService<RedisJobStore>();
        var job = NewJob();

        Assert.True(await store.EnqueueAsync(job, TestContext.Current.CancellationToken));
        var counted = await store.CountAsync();
        var taken = await store.TakeAsync();
        var (read, attempt) = await store.StartAsync(taken!);
        var afterTake = await store.CountAsync();
        var first = await new RedisDeliveryGate(store, job.Id).TryClaimAsync(TestContext.Current.CancellationToken);
        var second = await new RedisDeliveryGate(store, job.Id).TryClaimAsync(TestContext.Current.CancellationToken);
        await store.CompleteAsync(job.Id);

        Assert.Equal((1L, 0L, 0L), counted);
        Assert.Equal(job.Id, taken);
        Assert.Equal(1, attempt);
        Assert.Equal(job.Message.Text, read!.Message.Text);
        Assert.Equal(job.Message.Conversation, read.Message.Conversation);
        Assert.Equal(job.Route, read.Route);
        Assert.Equal((0L, 1L, 0L), afterTake);
        Assert.True(first);
        Assert.False(second);
        Assert.Equal((0L, 0L, 0L), await store.CountAsync());
        Assert.Null(await store.TakeAsync());
    }

    [Fact]
    public async Task A_job_whose_lease_expires_is_put_back_once_even_with_two_reapers()
    {
        var prefix = RedisFixture.UniquePrefix();
        using var replicaA = Build(redis, prefix, new ScriptedJobDelivery(), ("Jobs:LeaseSeconds", "1"));
        using var replicaB = Build(redis, prefix, new ScriptedJobDelivery(), ("Jobs:LeaseSeconds", "1"));
        var store = replicaA.GetRequiredService<RedisJobStore>();
        var job = NewJob();
        await store.EnqueueAsync(job, TestContext.Current.CancellationToken);
        await store.StartAsync((await store.TakeAsync())!);

        // The replica that took it "dies": nothing renews the lease. Both reapers look until one puts it back.
        var reapers = new[] { replicaA.GetRequiredService<JobReaperService>(), replicaB.GetRequiredService<JobReaperService>() };
        await Eventually.WaitAsync(
            async () =>
            {
                foreach (var reaper in reapers)
                {
                    await reaper.ReapOnceAsync();
                }

                return await store.CountAsync();
            },
            counts => counts.Pending > 0,
            "the job back on pending");
        foreach (var reaper in reapers)
        {
            await reaper.ReapOnceAsync();
        }

        Assert.Equal((1L, 0L, 0L), await store.CountAsync());
        Assert.Equal(1, reapers.Sum(r => r.Requeued));
        Assert.Equal(job.Id, await store.TakeAsync());
    }

    [Fact]
    public async Task A_job_in_processing_with_a_live_lease_is_left_alone()
    {
        using var services = Build(redis, RedisFixture.UniquePrefix(), new ScriptedJobDelivery(), ("Jobs:LeaseSeconds", "60"));
        var store = services.GetRequiredService<RedisJobStore>();
        var reaper = services.GetRequiredService<JobReaperService>();
        await store.EnqueueAsync(NewJob(), TestContext.Current.CancellationToken);
        await store.StartAsync((await store.TakeAsync())!);

        var requeued = await reaper.ReapOnceAsync() + await reaper.ReapOnceAsync();

        Assert.Equal(0, requeued);
        Assert.Equal((0L, 1L, 0L), await store.CountAsync());
    }

    [Fact]
    public async Task A_job_that_fails_every_attempt_goes_to_the_dead_letter_list_and_the_user_is_told_once()
    {
        var delivery = new ScriptedJobDelivery { Run = (_, _) => throw new InvalidOperationException("the platform is down") };
        using var services = Build(redis, RedisFixture.UniquePrefix(), delivery, ("Jobs:MaxAttempts", "2"));
        var store = services.GetRequiredService<RedisJobStore>();
        var worker = services.GetRequiredService<JobWorkerService>();
        var job = NewJob();

        await worker.StartAsync(TestContext.Current.CancellationToken);
        await store.EnqueueAsync(job, TestContext.Current.CancellationToken);
        await Eventually.WaitAsync(store.CountAsync, counts => counts.Dead == 1, "the job on the dead-letter list");
        await worker.StopAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2, delivery.Runs.Count);
        Assert.Empty(delivery.Delivered);
        Assert.Equal([job.Id], delivery.Failed);
        Assert.Equal((0L, 0L, 1L), await store.CountAsync());
    }

    [Fact]
    public async Task Workers_of_two_replicas_run_every_job_once()
    {
        var prefix = RedisFixture.UniquePrefix();
        var deliveryA = new ScriptedJobDelivery();
        var deliveryB = new ScriptedJobDelivery();
        using var replicaA = Build(redis, prefix, deliveryA, ("Jobs:WorkersPerReplica", "2"));
        using var replicaB = Build(redis, prefix, deliveryB, ("Jobs:WorkersPerReplica", "2"));
        var jobs = Enumerable.Range(0, 20).Select(_ => NewJob()).ToList();

        await replicaA.GetRequiredService<JobWorkerService>().StartAsync(TestContext.Current.CancellationToken);
        await replicaB.GetRequiredService<JobWorkerService>().StartAsync(TestContext.Current.CancellationToken);
        foreach (var (job, i) in jobs.Select((j, i) => (j, i)))
        {
            var store = (i % 2 == 0 ? replicaA : replicaB).GetRequiredService<RedisJobStore>();
            await store.EnqueueAsync(job, TestContext.Current.CancellationToken);
        }

        await Eventually.WaitAsync(() => deliveryA.Delivered.Count + deliveryB.Delivered.Count >= jobs.Count, "every job delivered");
        await replicaA.GetRequiredService<JobWorkerService>().StopAsync(TestContext.Current.CancellationToken);
        await replicaB.GetRequiredService<JobWorkerService>().StopAsync(TestContext.Current.CancellationToken);

        var delivered = deliveryA.Delivered.Concat(deliveryB.Delivered).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(jobs.Select(j => j.Id).Order(StringComparer.Ordinal), delivered);
        Assert.Equal((0L, 0L, 0L), await replicaA.GetRequiredService<RedisJobStore>().CountAsync());
    }

    [Fact]
    public async Task Job_metrics_count_queued_jobs_and_runs_that_finish_or_fail()
    {
        var runs = 0;
        var delivery = new ScriptedJobDelivery
        {
            Run = (_, _) => Interlocked.Increment(ref runs) == 1 ? throw new InvalidOperationException("the first run fails") : Task.CompletedTask,
        };
        using var services = Build(redis, RedisFixture.UniquePrefix(), delivery);
        using var meter = new MeterRecorder(services);
        var store = services.GetRequiredService<RedisJobStore>();
        var worker = services.GetRequiredService<JobWorkerService>();

        await worker.StartAsync(TestContext.Current.CancellationToken);
        await store.EnqueueAsync(NewJob(), TestContext.Current.CancellationToken);
        await Eventually.WaitAsync(() => delivery.Delivered.Count == 1, "the second run delivered");
        await worker.StopAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, meter.Sum("llmtutorbot.jobs.queued", ("kind", "summarize")));
        Assert.Equal(1, meter.Sum("llmtutorbot.jobs.failed", ("kind", "summarize")));
        Assert.Equal(0, meter.Sum("llmtutorbot.jobs.running", ("kind", "summarize")));
        Assert.Equal(2, meter.Count("llmtutorbot.jobs.duration", ("kind", "summarize")));
    }

    internal static QueuedJob NewJob() =>
        new(Guid.NewGuid().ToString("N"), Messages.Text(Messages.NewConversation(), Messages.NewUser(), "/summarize https://youtu.be/An8vtD1FDqs") with { MessageId = "m-1" }, """{"route":"here"}""");

    internal static ServiceProvider Build(RedisFixture redis, string prefix, ScriptedJobDelivery delivery, params (string Key, string? Value)[] settings)
    {
        var values = new Dictionary<string, string?> { ["State:KeyPrefix"] = prefix, ["Jobs:PollMilliseconds"] = "20" };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        return BotServices.Build(redis.ConnectionString, values, services =>
        {
            services.AddRedisReplicas();
            services.AddSingleton<IJobDelivery>(delivery);
        });
    }
}
