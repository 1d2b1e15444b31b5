using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Teams.Activities;
using LlmTutorBot.Teams.Connector;
using LlmTutorBot.Teams.Feedback;

namespace LlmTutorBot.Teams.Turns;

/// <summary>
/// Progress in channels and group chats (Teams streams in personal chat only): the first update is sent as a reply,
/// later ones edit that message at most once per interval (intermediate updates are skipped), and the final reply
/// replaces it when it fits in one message.
/// </summary>
public sealed class TeamsProgressSink(
    ConnectorClient connector,
    ConversationReference reference,
    TeamsReplyComposer composer,
    TeamsFeedbackStore feedback,
    string? locale,
    TimeSpan interval,
    TimeProvider time) : ITeamsReplySink
{
    private string? _messageId;
    private long _lastUpdate;

    public async ValueTask ReportAsync(ProgressUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        var text = update is { Step: { } step, TotalSteps: { } total } ? $"{update.Markdown} ({step}/{total})" : update.Markdown;
        var activity = new Activity { Type = ActivityTypes.Message, Text = text, TextFormat = "markdown" };
        if (_messageId is null)
        {
            _messageId = (await connector.ReplyAsync(reference, activity, cancellationToken))?.Id;
            _lastUpdate = time.GetTimestamp();
            return;
        }

        if (time.GetElapsedTime(_lastUpdate) < interval)
        {
            return;
        }

        _lastUpdate = time.GetTimestamp();
        await connector.UpdateAsync(reference, _messageId, activity, cancellationToken);
    }

    /// <summary>Sends the reply: into the progress message when there is one and the reply is one message, otherwise as replies.</summary>
    public async Task CompleteAsync(Reply reply, BotLanguage language, CancellationToken cancellationToken)
    {
        var composed = await composer.ComposeAsync(reply, language, reference, locale);
        var activities = composed.Activities;
        string? firstId = null;
        var next = 0;
        if (_messageId is not null && activities.Count > 0 && await connector.UpdateAsync(reference, _messageId, activities[0], cancellationToken) is not null)
        {
            firstId = _messageId;
            next = 1;
        }

        for (var i = next; i < activities.Count; i++)
        {
            var sent = await connector.ReplyAsync(reference, activities[i], cancellationToken);
            if (i == 0)
            {
                firstId = sent?.Id;
            }
        }

        if (composed.AsksFeedback && firstId is not null)
        {
            await feedback.RememberSentAsync(reference.ConversationId, firstId);
        }
    }
}
