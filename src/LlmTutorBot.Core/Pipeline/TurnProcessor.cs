using System.Diagnostics;
using LlmTutorBot.Core.Commands;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Localization;
using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Core.Quotas;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Core.Routing;
using LlmTutorBot.Core.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Core.Pipeline;

/// <summary>
/// Handles one inbound message from any adapter: cleans it, reads its command, loads state and counts the message
/// against its rate limits (one round trip), chooses the reply language, answers a message over a limit with when to
/// retry, else routes it to a handler, saves what changed (one round trip) and returns the reply.
/// No exception escapes except cancellation: a failing handler becomes a polite reply.
/// </summary>
public sealed class TurnProcessor(
    CommandParser commands,
    IntentRouter router,
    IConversationStore store,
    IOptions<BotOptions> botOptions,
    IOptions<StateOptions> stateOptions,
    BotMetrics metrics,
    TimeProvider time,
    ILogger<TurnProcessor> logger)
{
    private readonly BotOptions _bot = botOptions.Value;
    private readonly StateOptions _state = stateOptions.Value;

    public async Task<TurnResult> ProcessAsync(
        InboundMessage message,
        IProgressSink? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var started = time.GetTimestamp();
        var platform = message.Platform.ToString().ToLowerInvariant();
        using var scope = TurnLog.Scope(logger, platform, message.Conversation.ConversationId, message.MessageId);
        using var activity = BotTracing.Source.StartActivity("turn");
        activity?.SetTag("llmtutorbot.platform", platform);
        activity?.SetTag("llmtutorbot.conversation", message.Conversation.ConversationId);
        try
        {
            var result = await ProcessCoreAsync(message, progress, cancellationToken);
            var elapsed = time.GetElapsedTime(started);
            activity?.SetTag("llmtutorbot.intent", result.Intent);
            metrics.TurnHandled(platform, result.Intent, elapsed);
            TurnLog.TurnHandled(logger, platform, message.Conversation.ConversationId, result.Intent, elapsed.TotalMilliseconds);
            return result;
        }
        catch (Exception exception) when (!(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            TurnLog.TurnFailed(logger, exception, platform, message.Conversation.ConversationId);
            metrics.TurnFailed(platform);
            var language = BotLanguages.FromLocale(message.Locale) ?? _bot.DefaultLanguage;
            return new TurnResult(Reply.Text(BotText.TurnFailed[language]), Intents.Error, language);
        }
    }

    private async Task<TurnResult> ProcessCoreAsync(InboundMessage message, IProgressSink? progress, CancellationToken cancellationToken)
    {
        var (cleaned, problem) = Prepare(message);
        ConversationState state;
        using (BotTracing.Source.StartActivity("state.load"))
        {
            state = await store.LoadAsync(cleaned, cancellationToken);
        }

        var language = ReplyLanguageResolver.Resolve(cleaned, state, _bot.DefaultLanguage);
        if (state.QuotaExceeded is { } exceeded)
        {
            return OverQuota(cleaned, exceeded, language);
        }

        var turn = new TurnContext(cleaned, state, language, progress, problem);
        var handler = router.Route(turn);
        var intent = handler.Intent;
        Reply reply;
        try
        {
            using var handling = BotTracing.Source.StartActivity("handler");
            handling?.SetTag("llmtutorbot.intent", intent);
            reply = await handler.HandleAsync(turn, cancellationToken);
        }
        catch (Exception exception) when (!(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            TurnLog.HandlerFailed(logger, exception, intent, cleaned.Platform.ToString(), cleaned.Conversation.ConversationId);
            metrics.TurnFailed(cleaned.Platform.ToString().ToLowerInvariant());
            turn.Changes.Discard();
            reply = Reply.Text(BotText.TurnFailed[turn.ReplyLanguage]);
            intent = Intents.Error;
        }

        if (!state.IsAvailable && !turn.Changes.IsEmpty)
        {
            reply = reply with { Markdown = reply.Markdown + "\n\n" + BotText.StateUnavailable[turn.ReplyLanguage] };
        }

        ConversationUpdate? update = null;
        if (state.IsAvailable || !turn.Changes.IsEmpty)
        {
            update = await SaveAsync(turn, reply, intent, cancellationToken);
        }

        return new TurnResult(reply, intent, turn.ReplyLanguage) { Update = update };
    }

    /// <summary>A message over a rate limit is answered with when to retry; nothing is saved, so the state stays as it was.</summary>
    private TurnResult OverQuota(InboundMessage message, QuotaExceeded exceeded, BotLanguage language)
    {
        var platform = message.Platform.ToString().ToLowerInvariant();
        var scope = exceeded.Scope.ToString().ToLowerInvariant();
        metrics.QuotaExceeded(platform, scope);
        TurnLog.QuotaExceeded(logger, platform, message.Conversation.ConversationId, scope, exceeded.RetryAfter.TotalSeconds);
        return new TurnResult(Reply.Text(QuotaText.For(exceeded, language)), Intents.QuotaExceeded, language);
    }

    /// <summary>Cleans the text, notes why it cannot be handled if so, and parses the slash command it holds.</summary>
    private (InboundMessage Message, InputProblem? Problem) Prepare(InboundMessage message)
    {
        var text = InboundText.Clean(message.Text);
        if (text.Length > _bot.MaxMessageLength)
        {
            // The text is not kept: nothing downstream should read or store it.
            return (message with { Text = "", Command = null }, new InputProblem(InputProblemKind.TooLong, text.Length, _bot.MaxMessageLength));
        }

        // A command with its slash, else one typed without it ("help", "lang fr": Teams' command menu sends the bare title);
        // a message carrying a file is about the file ("summarize this please" + talk.vtt), so its words are not read so.
        var command = message.Command ?? commands.Parse(text) ?? (message.Attachments.Count == 0 ? commands.ParseBare(text) : null);
        if (text.Length == 0 && command is null && message.Attachments.Count == 0)
        {
            return (message with { Text = "" }, new InputProblem(InputProblemKind.Empty));
        }

        return (message with { Text = text, Command = command }, null);
    }

    private async Task<ConversationUpdate?> SaveAsync(TurnContext turn, Reply reply, string intent, CancellationToken cancellationToken)
    {
        var changes = turn.Changes;
        if (!changes.SkipHistory && changes.ConversationLanguage is null && turn.State.Language != turn.ReplyLanguage)
        {
            // The thread keeps the language it was last answered in, for messages that have none of their own.
            changes.SetConversationLanguage(turn.ReplyLanguage);
        }

        IReadOnlyList<ConversationTurn> newTurns = [];
        if (!changes.SkipHistory)
        {
            var now = time.GetUtcNow();
            newTurns =
            [
                new ConversationTurn(TurnRole.User, Cap(turn.Message.Text), now),
                new ConversationTurn(TurnRole.Bot, Cap(ReplyMarkdown.Render(reply)), now, intent),
            ];
        }

        var update = new ConversationUpdate(changes, newTurns, changes.SkipHistory ? null : intent);
        if (update.IsEmpty)
        {
            return null;
        }

        using (BotTracing.Source.StartActivity("state.save"))
        {
            await store.SaveAsync(turn.Message.Conversation, turn.Message.User, update, cancellationToken);
        }

        return update;
    }

    private string Cap(string text) => text.Length <= _state.MaxTurnLength ? text : string.Concat(text.AsSpan(0, _state.MaxTurnLength - 1), "…");
}
