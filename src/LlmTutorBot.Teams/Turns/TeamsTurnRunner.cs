using System.Text.Json;
using LlmTutorBot.Core.Jobs;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.Core.Replicas;
using LlmTutorBot.Teams.Activities;
using LlmTutorBot.Teams.Connector;
using LlmTutorBot.Teams.Hosting;
using LlmTutorBot.Teams.Inbound;
using LlmTutorBot.Teams.Rendering;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Teams.Turns;

/// <summary>
/// Does, in the background, what an accepted Teams activity asks: a turn (typing, the pipeline with progress edits,
/// the reply in the right thread) or the welcome when the bot is added, once per conversation. Quick turns of one
/// conversation run in order (<see cref="ConversationSequencer"/>); a long turn (a video summary, a translation) goes
/// to the shared job queue when there is one, and any replica runs it, without holding the conversation's turns.
/// </summary>
public sealed class TeamsTurnRunner(
    TurnProcessor processor,
    ConnectorClient connector,
    IActivityDeduplicator deduplicator,
    JobDispatcher jobs,
    ConversationSequencer sequencer,
    IOptions<BotFrameworkOptions> options,
    IOptions<BotOptions> bot,
    TimeProvider time)
{
    private static readonly TimeSpan WelcomeMemory = TimeSpan.FromDays(365);

    public TeamsReplyRenderer Renderer { get; } = new(options.Value.MaxMessageLength, AdaptiveAction.Execute);

    public async Task RunAsync(ActivityConversion conversion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversion);
        if (conversion.Message is not { } message || conversion.Reference is not { } reference)
        {
            return;
        }

        if (conversion.Kind == ActivityKind.Welcome)
        {
            var key = $"{message.Conversation.ConversationId}";
            if (await deduplicator.TryClaimAsync("teams-welcome", key, WelcomeMemory, cancellationToken))
            {
                var language = BotLanguages.FromLocale(message.Locale) ?? bot.Value.DefaultLanguage;
                var welcome = new Activity { Type = ActivityTypes.Message, Text = TeamsText.Welcome.Format(language, bot.Value.Name), TextFormat = "markdown" };
                await connector.SendAsync(reference with { ActivityId = null }, welcome, cancellationToken);
            }

            return;
        }

        if (!jobs.IsJob(message))
        {
            await sequencer.RunAsync(message.Conversation, ct => RunTurnAsync(message, reference, null, ct), cancellationToken);
        }
        else if (await jobs.TryQueueAsync(message, () => JsonSerializer.Serialize(reference, BotFrameworkJsonContext.Default.ConversationReference), cancellationToken))
        {
            await connector.TypingAsync(reference, cancellationToken);
        }
        else
        {
            await RunTurnAsync(message, reference, null, cancellationToken);
        }
    }

    /// <summary>
    /// Typing, the pipeline with progress edits, then the reply; with a <paramref name="gate"/> (a queued job) the reply
    /// is sent only when no other run of the job sent it.
    /// </summary>
    public async Task RunTurnAsync(InboundMessage message, ConversationReference reference, IDeliveryGate? gate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(reference);
        await connector.TypingAsync(reference, cancellationToken);
        var progress = new TeamsProgressSink(connector, reference, Renderer, options.Value.ProgressUpdateInterval, time);
        var result = await processor.ProcessAsync(message, progress, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        if (gate is null || await gate.TryClaimAsync(cancellationToken))
        {
            await progress.CompleteAsync(result.Reply, result.Language, cancellationToken);
        }
    }

    /// <summary>Says, in the user's language, that a queued job failed every attempt.</summary>
    public Task FailAsync(InboundMessage message, ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var language = BotLanguages.FromLocale(message.Locale) ?? bot.Value.DefaultLanguage;
        var text = new Activity { Type = ActivityTypes.Message, Text = Core.Localization.BotText.JobFailed[language], TextFormat = "markdown" };
        return connector.ReplyAsync(reference, text, cancellationToken);
    }
}
