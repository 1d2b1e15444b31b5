using LlmTutorBot.Core.Messaging;

namespace LlmTutorBot.Core.Jobs;

/// <summary>One platform's side of a queued job: run the turn with progress where the user is, and deliver the reply.</summary>
public interface IJobDelivery
{
    ChatPlatform Platform { get; }

    /// <summary>
    /// Runs the turn and delivers its reply when <paramref name="gate"/> allows. Returns normally when cancelled
    /// or when delivery failed on the platform's side (logged): the worker decides from the token.
    /// </summary>
    Task RunAsync(QueuedJob job, IDeliveryGate gate, CancellationToken cancellationToken);

    /// <summary>Tells the user, politely, that the job failed every attempt.</summary>
    Task FailAsync(QueuedJob job, CancellationToken cancellationToken);
}
