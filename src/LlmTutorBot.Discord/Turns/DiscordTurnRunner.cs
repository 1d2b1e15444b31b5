using System.Text.Json;
using LlmTutorBot.Core.Jobs;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Localization;
using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Core.Replicas;
using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.Core.Routing;
using LlmTutorBot.Core.State;
using LlmTutorBot.Discord.Inbound;
using LlmTutorBot.Discord.Interactions;
using LlmTutorBot.Discord.JsonModels;
using LlmTutorBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Discord.Turns;

/// <summary>
/// Runs one Discord turn: the pipeline with a throttled progress message, then the reply delivered where the turn
/// came from. The one catch of the adapter: a failure is logged with the channel and, when it can be, the user is
/// told politely; no exception or secret reaches Discord. Quick turns of one conversation run in order; a long turn
/// goes to the shared job queue when there is one, without holding the conversation's turns. An error after a
/// deferred public interaction answer is shown only to its user. Where only the interaction's webhook can answer
/// (a user install where the bot is not a member), the turn must end before the token does: it is stopped
/// <see cref="WebhookDeliveryMargin"/> before, and the user told it took too long.
/// </summary>
internal sealed class DiscordTurnRunner(
    TurnProcessor processor,
    IConversationStore store,
    DiscordRestClient rest,
    JobDispatcher jobs,
    ConversationSequencer sequencer,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordTurnRunner> logger,
    IEventDeduplicator? deduplicator = null)
{
    /// <summary>How long a message or interaction id is remembered for de-duplication across replicas.</summary>
    private static readonly TimeSpan DuplicateWindow = TimeSpan.FromHours(1);

    /// <summary>What is kept of a webhook-only interaction's token lifetime to deliver the answer (or say it took too long).</summary>
    internal static readonly TimeSpan WebhookDeliveryMargin = TimeSpan.FromSeconds(60);

    /// <summary>Turns whose reply was delivered.</summary>
    public long Delivered => Interlocked.Read(ref _delivered);

    private long _delivered;

    public async Task RunAsync(DiscordTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (deduplicator is not null && turn.Message.MessageId is { } id && !await deduplicator.TryClaimAsync("discord", id, DuplicateWindow, cancellationToken))
        {
            // The same MESSAGE_CREATE reached two sessions (a shard handed over), or an interaction came twice.
            DiscordLog.DuplicateEvent(logger, id);
            return;
        }

        if (!jobs.IsJob(turn.Message))
        {
            // Quick turns of one conversation run in order; long ones do not hold them up.
            await sequencer.RunAsync(turn.Message.Conversation, ct => RunAsync(turn, null, ct), cancellationToken);
        }
        else if (!await jobs.TryQueueAsync(turn.Message, () => JsonSerializer.Serialize(turn.Route, DiscordJsonContext.Default.DiscordReplyRoute), cancellationToken))
        {
            await RunAsync(turn, null, cancellationToken);
        }
    }

    /// <summary>Runs the turn here; with a <paramref name="gate"/> (a queued job) the reply goes only if no other run sent it.</summary>
    public async Task RunAsync(DiscordTurn turn, IDeliveryGate? gate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var route = turn.Route;
        var target = Target(turn);
        using var progress = new DiscordProgressSink(target, time, options.Value.ProgressEditInterval, route.ChannelId, logger);
        using var deadline = Deadline(route);
        using var limited = deadline is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);

        TurnResult result;
        try
        {
            // The pipeline turns handler failures into a polite reply; only cancellation escapes it.
            result = await processor.ProcessAsync(turn.Message, progress, limited?.Token ?? cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return;
        }
        catch (OperationCanceledException) when (deadline?.IsCancellationRequested == true)
        {
            // The interaction's token ends soon and nothing else can carry the answer: say so while it still works.
            DiscordLog.InteractionDeadline(logger, route.ChannelId);
            var language = BotLanguages.FromLocale(turn.Message.Locale) ?? BotLanguage.En;
            result = new TurnResult(Core.Replies.Reply.Text(DiscordText.TookTooLong[language]), Intents.Error, language);
        }

        try
        {
            if (gate is not null && !await gate.TryClaimAsync(cancellationToken))
            {
                return;
            }

            var reply = turn.Notice is { } notice
                ? result.Reply with { Markdown = result.Reply.Markdown + "\n\n" + notice[result.Language] }
                : result.Reply;
            await progress.CompleteAsync(reply, cancellationToken, privately: result.Intent is Intents.Error or Intents.QuotaExceeded);
            Interlocked.Increment(ref _delivered);
            await CarryIntoThreadAsync(turn, target.OpenedThreadId, result, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            DiscordLog.DeliveryFailed(logger, exception, route.Interaction is null ? "message" : "interaction", route.ChannelId);
        }
    }

    /// <summary>For a webhook-only interaction: cancelled when just enough of the token's lifetime is left to answer.</summary>
    private CancellationTokenSource? Deadline(DiscordReplyRoute route)
    {
        if (route.Interaction is not { WebhookOnly: true } interaction)
        {
            return null;
        }

        var left = interaction.ExpiresAt - WebhookDeliveryMargin - time.GetUtcNow();
        return new CancellationTokenSource(left > TimeSpan.Zero ? left : TimeSpan.Zero, time);
    }

    /// <summary>Says, in the user's language, that a queued job failed every attempt.</summary>
    public async Task FailAsync(DiscordTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var language = BotLanguages.FromLocale(turn.Message.Locale) ?? BotLanguage.En;
        try
        {
            await Target(turn).DeliverPrivatelyAsync(Core.Replies.Reply.Text(BotText.JobFailed[language]), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            DiscordLog.DeliveryFailed(logger, exception, turn.Route.Interaction is null ? "message" : "interaction", turn.Route.ChannelId);
        }
    }

    private IDiscordReplyTarget Target(DiscordTurn turn) => turn.Route.Interaction is null
        ? new ChannelReplyTarget(rest, turn.Route, logger)
        : new InteractionReplyTarget(rest, turn.Route, options.Value.HasBotToken, time, logger, BotLanguages.FromLocale(turn.Message.Locale) ?? BotLanguage.En);

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
