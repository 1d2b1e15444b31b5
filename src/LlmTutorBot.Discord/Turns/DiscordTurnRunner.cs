using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.Core.State;
using LlmTutorBot.Discord.Inbound;
using LlmTutorBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Discord.Turns;

/// <summary>
/// Runs one Discord turn: the pipeline with a throttled progress message, then the reply delivered where the turn
/// came from. The one catch of the adapter: a failure is logged with the channel and, when it can be, the user is
/// told politely; no exception or secret reaches Discord.
/// </summary>
internal sealed class DiscordTurnRunner(
    TurnProcessor processor,
    IConversationStore store,
    DiscordRestClient rest,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordTurnRunner> logger)
{
    /// <summary>Turns whose reply was delivered.</summary>
    public long Delivered => Interlocked.Read(ref _delivered);

    private long _delivered;

    public async Task RunAsync(DiscordTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var route = turn.Route;
        IDiscordReplyTarget target = route.Interaction is null
            ? new ChannelReplyTarget(rest, route, logger)
            : new InteractionReplyTarget(rest, route, options.Value.HasBotToken, time, logger);
        using var progress = new DiscordProgressSink(target, time, options.Value.ProgressEditInterval, route.ChannelId, logger);

        TurnResult result;
        try
        {
            // The pipeline turns handler failures into a polite reply; only cancellation escapes it.
            result = await processor.ProcessAsync(turn.Message, progress, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return;
        }

        try
        {
            await progress.CompleteAsync(result.Reply, cancellationToken);
            Interlocked.Increment(ref _delivered);
            await CarryIntoThreadAsync(turn, target.OpenedThreadId, result, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            DiscordLog.DeliveryFailed(logger, exception, route.Interaction is null ? "message" : "interaction", route.ChannelId);
        }
    }

    /// <summary>
    /// A thread Discord opened for this turn is a conversation of its own: it gets the turn's fields (the video, the
    /// topic, the language) and its two messages, so questions asked in the thread follow on from them.
    /// </summary>
    private async Task CarryIntoThreadAsync(DiscordTurn turn, string? threadId, TurnResult result, CancellationToken cancellationToken)
    {
        if (threadId is null || result.Update is null)
        {
            return;
        }

        var thread = new ConversationAddress(ChatPlatform.Discord, turn.Route.ChannelId, threadId);
        var update = new ConversationUpdate(result.Update.Changes.ConversationFieldsOnly(), result.Update.NewTurns, result.Update.Intent);
        await store.SaveAsync(thread, turn.Message.User, update, cancellationToken);
    }
}
