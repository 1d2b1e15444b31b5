using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Teams.Activities;
using LlmTutorBot.Teams.Connector;
using LlmTutorBot.Teams.Feedback;
using Microsoft.Extensions.Logging;

namespace LlmTutorBot.Teams.Turns;

/// <summary>
/// Teams' streaming protocol, for personal chats (learn.microsoft.com, "Stream bot messages"): steps of the work go
/// as informative updates (a typing activity with a streaminfo entity, streamType informative, at most
/// <see cref="MaxInformative"/> characters), the answer a model is writing as streaming updates (each holding all the
/// text so far), every update numbered by streamSequence from 1 and carrying the streamId the first one got; the reply
/// ends the stream as a message with streamType final. Limits kept: at most one update per interval (Teams asks for
/// 1.5 to 2 s), no update after <see cref="Lifetime"/> less a margin (Teams ends a stream after two minutes), text under
/// the message size. When Teams refuses a stream (403, the user pressed Stop, the lifetime passed), the reply goes as a
/// plain message.
/// </summary>
public sealed class TeamsStreamingSink(
    ConnectorClient connector,
    ConversationReference reference,
    TeamsReplyComposer composer,
    TeamsFeedbackStore feedback,
    string? locale,
    TimeSpan interval,
    TimeProvider time,
    ILogger logger) : ITeamsReplySink
{
    /// <summary>Teams refuses informative updates longer than 1,000 characters.</summary>
    public const int MaxInformative = 1_000;

    /// <summary>Teams ends a stream that is not finished within two minutes.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    /// <summary>Updates and the final message stop this long before the lifetime ends, for the network's sake.</summary>
    public static readonly TimeSpan Margin = TimeSpan.FromSeconds(10);

    private const string Cursor = "▍";

    private string? _streamId;
    private int _sequence;
    private long _started;
    private long _lastUpdate;
    private string? _streamed;
    private bool _stopped;

    /// <summary>The stream's id once the first update was accepted.</summary>
    public string? StreamId => _streamId;

    public async ValueTask ReportAsync(ProgressUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (_stopped || (_sequence > 0 && (time.GetElapsedTime(_lastUpdate) < interval || !WithinLifetime())))
        {
            return;
        }

        string text;
        string type;
        if (update.IsPartialAnswer)
        {
            text = update.Markdown.TrimEnd().TrimEnd(Cursor.ToCharArray()).TrimEnd();
            // Each streamed text must extend the last one (Teams refuses others), and stay under the message size.
            if (text.Length == 0 || text.Length > composer.Renderer.MaxMessageLength || (_streamed is not null && !text.StartsWith(_streamed, StringComparison.Ordinal)))
            {
                return;
            }

            type = "streaming";
        }
        else
        {
            if (_streamed is not null)
            {
                return; // Informative updates come before the answer, not after.
            }

            text = update is { Step: { } step, TotalSteps: { } total } ? $"{update.Markdown} ({step}/{total})" : update.Markdown;
            text = text.Length <= MaxInformative ? text : text[..(MaxInformative - 1)] + "…";
            type = "informative";
        }

        var activity = new Activity
        {
            Type = ActivityTypes.Typing,
            Text = text,
            Entities = [new ActivityEntity(ActivityTypes.StreamInfoEntity) { StreamId = _streamId, StreamType = type, StreamSequence = _sequence + 1 }],
        };
        var sent = await connector.ReplyAsync(reference, activity, cancellationToken);
        if (_sequence == 0)
        {
            _started = time.GetTimestamp();
        }

        _lastUpdate = time.GetTimestamp();
        if (sent is null || (_streamId ??= sent.Id) is null)
        {
            Stop("the Connector refused the update");
            return;
        }

        _sequence++;
        if (type == "streaming")
        {
            _streamed = text;
        }
    }

    /// <summary>Ends the stream with the reply's first message (the rest follow as messages), or sends the reply plainly when there is no open stream.</summary>
    public async Task CompleteAsync(Reply reply, BotLanguage language, CancellationToken cancellationToken)
    {
        var composed = await composer.ComposeAsync(reply, language, reference, locale);
        var activities = composed.Activities;
        string? firstId = null;
        for (var i = 0; i < activities.Count; i++)
        {
            ResourceResponse? sent = null;
            if (i == 0 && _streamId is not null && !_stopped && WithinLifetime())
            {
                var final = activities[0] with { Entities = [.. activities[0].Entities ?? [], new ActivityEntity(ActivityTypes.StreamInfoEntity) { StreamId = _streamId, StreamType = "final" }] };
                sent = await connector.ReplyAsync(reference, final, cancellationToken);
                if (sent is not null)
                {
                    firstId = _streamId;
                    continue;
                }

                Stop("the Connector refused the final message");
            }
            else if (i == 0 && _streamId is not null && !_stopped)
            {
                Stop("the stream's two minutes ran out");
            }

            sent = await connector.ReplyAsync(reference, activities[i], cancellationToken);
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

    private bool WithinLifetime() => _sequence == 0 || time.GetElapsedTime(_started) < Lifetime - Margin;

    private void Stop(string reason)
    {
        _stopped = true;
        TeamsLog.StreamStopped(logger, reference.ConversationId, reason);
    }
}
