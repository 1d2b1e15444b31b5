using System.Collections.Concurrent;
using LlmTutorBot.Core.Jobs;
using LlmTutorBot.Core.Messaging;

namespace LlmTutorBot.Tests.Replicas;

/// <summary>A platform's job delivery for tests: each run does what <see cref="Run"/> says; deliveries and failures are recorded.</summary>
internal sealed class ScriptedJobDelivery : IJobDelivery
{
    public ChatPlatform Platform => ChatPlatform.Cli;

    /// <summary>What a run does before claiming delivery; by default nothing.</summary>
    public Func<QueuedJob, CancellationToken, Task> Run { get; set; } = (_, _) => Task.CompletedTask;

    public ConcurrentQueue<string> Runs { get; } = new();

    public ConcurrentQueue<string> Delivered { get; } = new();

    public ConcurrentQueue<string> Failed { get; } = new();

    public async Task RunAsync(QueuedJob job, IDeliveryGate gate, CancellationToken cancellationToken)
    {
        Runs.Enqueue(job.Id);
        await Run(job, cancellationToken);
        if (await gate.TryClaimAsync(cancellationToken))
        {
            Delivered.Enqueue(job.Id);
        }
    }

    public Task FailAsync(QueuedJob job, CancellationToken cancellationToken)
    {
        Failed.Enqueue(job.Id);
        return Task.CompletedTask;
    }
}
