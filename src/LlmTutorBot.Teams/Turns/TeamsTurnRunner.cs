using System.Text.Json;
using LlmTutorBot.Core.Jobs;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.Core.Replicas;
using LlmTutorBot.Teams.Activities;
using LlmTutorBot.Teams.Connector;
using LlmTutorBot.Teams.Feedback;
using LlmTutorBot.Teams.Files;
using LlmTutorBot.Teams.Hosting;
using LlmTutorBot.Teams.Inbound;
using LlmTutorBot.Teams.Rendering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Teams.Turns;

/// <summary>
/// Does, in the background, what an accepted Teams activity asks: a turn (typing, the pipeline with its progress
/// streamed in personal chat and edited elsewhere, the reply in the right thread), an accepted or declined file, or
/// the welcome when the bot is added, once per conversation. Quick turns of one conversation run in order (<see cref="ConversationSequencer"/>); a long turn (a video summary, a translation) goes
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
    TeamsFileOffers offers,
    TeamsFeedbackStore feedback,
    TeamsFileUploader uploader,
    TimeProvider time,
    ILogger<TeamsTurnRunner> logger)
{
    private static readonly TimeSpan WelcomeMemory = TimeSpan.FromDays(365);

    public TeamsReplyRenderer Renderer { get; } = new(options.Value.MaxMessageLength, AdaptiveAction.Execute);

    private TeamsReplyComposer Composer => new(Renderer, offers);

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
        ITeamsReplySink progress = reference.IsPersonal
            ? new TeamsStreamingSink(connector, reference, Composer, feedback, message.Locale, options.Value.StreamingInterval, time, logger)
            : new TeamsProgressSink(connector, reference, Composer, feedback, message.Locale, options.Value.ProgressUpdateInterval, time);
        var result = await processor.ProcessAsync(message, progress, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        if (gate is null || await gate.TryClaimAsync(cancellationToken))
        {
            await progress.CompleteAsync(result.Reply, result.Language, cancellationToken);
        }
    }

    /// <summary>Uploads an accepted file where Teams said, then shows it with a file info card (or says it failed).</summary>
    public async Task AcceptFileAsync(ConversationReference reference, StoredFileOffer offer, FileUploadInfo upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(offer);
        ArgumentNullException.ThrowIfNull(upload);
        var language = BotLanguages.FromLocale(offer.Locale) ?? bot.Value.DefaultLanguage;
        if (!await uploader.UploadAsync(new Uri(upload.UploadUrl!), offer.Content, cancellationToken))
        {
            var failed = new Activity { Type = ActivityTypes.Message, Text = TeamsText.FileUploadFailed.Format(language, offer.FileName), TextFormat = "markdown" };
            await connector.ReplyAsync(reference, failed, cancellationToken);
            return;
        }

        var card = new ActivityAttachment(FileInfoCard.ContentType)
        {
            Name = upload.Name ?? offer.FileName,
            ContentUrl = upload.ContentUrl,
            Content = JsonSerializer.SerializeToElement(new FileInfoCard(upload.UniqueId, upload.FileType), BotFrameworkJsonContext.Default.FileInfoCard),
        };
        await connector.ReplyAsync(reference, new Activity { Type = ActivityTypes.Message, Attachments = [card] }, cancellationToken);
    }

    /// <summary>Says, in the user's language, that the declined file will not be sent.</summary>
    public Task DeclineFileAsync(ConversationReference reference, StoredFileOffer offer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(offer);
        var language = BotLanguages.FromLocale(offer.Locale) ?? bot.Value.DefaultLanguage;
        var text = new Activity { Type = ActivityTypes.Message, Text = TeamsText.FileDeclined.Format(language, offer.FileName), TextFormat = "markdown" };
        return connector.ReplyAsync(reference, text, cancellationToken);
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
