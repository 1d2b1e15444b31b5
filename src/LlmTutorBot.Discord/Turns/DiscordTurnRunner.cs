using LlmTutorBot.Core.Pipeline;
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
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            DiscordLog.DeliveryFailed(logger, exception, route.Interaction is null ? "message" : "interaction", route.ChannelId);
        }
    }
}
