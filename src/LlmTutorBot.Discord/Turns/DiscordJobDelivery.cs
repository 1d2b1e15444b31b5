using System.Text.Json;
using LlmTutorBot.Core.Jobs;
using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Discord.Inbound;
using LlmTutorBot.Discord.JsonModels;

namespace LlmTutorBot.Discord.Turns;

/// <summary>
/// Runs a queued Discord job on whichever replica took it. The route holds the channel, the user's message and, for
/// a slash command, the interaction's webhook token (15 minutes), which any replica can use with the application id.
/// </summary>
internal sealed class DiscordJobDelivery(DiscordTurnRunner runner) : IJobDelivery
{
    public ChatPlatform Platform => ChatPlatform.Discord;

    public Task RunAsync(QueuedJob job, IDeliveryGate gate, CancellationToken cancellationToken) =>
        runner.RunAsync(Turn(job), gate, cancellationToken);

    public Task FailAsync(QueuedJob job, CancellationToken cancellationToken) => runner.FailAsync(Turn(job), cancellationToken);

    private static DiscordTurn Turn(QueuedJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var route = JsonSerializer.Deserialize(job.Route, DiscordJsonContext.Default.DiscordReplyRoute)
            ?? throw new InvalidOperationException($"Job {job.Id} has no Discord reply route.");
        return new DiscordTurn(job.Message, route);
    }
}
