using System.Text.Json;
using LlmTutorBot.Core.Jobs;
using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Teams.Activities;
using LlmTutorBot.Teams.Connector;

namespace LlmTutorBot.Teams.Turns;

/// <summary>Runs a queued Teams job on whichever replica took it: the route is the conversation reference, proactive-ready.</summary>
public sealed class TeamsJobDelivery(TeamsTurnRunner runner) : IJobDelivery
{
    public ChatPlatform Platform => ChatPlatform.Teams;

    public Task RunAsync(QueuedJob job, IDeliveryGate gate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        return runner.RunTurnAsync(job.Message, Reference(job), gate, cancellationToken);
    }

    public Task FailAsync(QueuedJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        return runner.FailAsync(job.Message, Reference(job), cancellationToken);
    }

    private static ConversationReference Reference(QueuedJob job) =>
        JsonSerializer.Deserialize(job.Route, BotFrameworkJsonContext.Default.ConversationReference)
        ?? throw new InvalidOperationException($"Job {job.Id} has no Teams conversation reference.");
}
