using LlmTutorBot.Core.Replies;
using LlmTutorBot.Discord.Inbound;
using LlmTutorBot.Discord.JsonModels;
using LlmTutorBot.Discord.Rendering;
using LlmTutorBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace LlmTutorBot.Discord.Turns;

/// <summary>
/// Replies to a message that mentioned the bot or came in a DM: the first message references the user's message;
/// when the job asks for a thread and the message was posted in a guild text channel, a thread is started from the
/// user's message and everything after goes there.
/// </summary>
internal sealed class ChannelReplyTarget(DiscordRestClient rest, DiscordReplyRoute route, ILogger logger) : IDiscordReplyTarget
{
    private string _channelId = route.ChannelId;
    private bool _threadDecided;
    private bool _inThread;
    private string? _progressMessageId;

    /// <summary>The channel the reply goes to: the thread once one is started.</summary>
    public string ChannelId => _channelId;

    public string? OpenedThreadId => _inThread ? _channelId : null;

    public async Task ShowProgressAsync(ProgressUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        await DecideThreadAsync(update.ThreadTitle, cancellationToken);
        var message = DiscordReplyRenderer.Progress(update);
        if (_progressMessageId is null)
        {
            var created = await rest.CreateMessageAsync(_channelId, WithReference(message), null, cancellationToken);
            _progressMessageId = created.Id;
        }
        else
        {
            await rest.EditMessageAsync(_channelId, _progressMessageId, message, null, cancellationToken);
        }
    }

    public async Task DeliverAsync(Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        await DecideThreadAsync(reply.ThreadTitle, cancellationToken);
        var parts = DiscordReplyRenderer.Render(reply);
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            if (i == 0 && _progressMessageId is not null)
            {
                // The reply replaces the progress message; an edit keeps the thread tidy.
                await rest.EditMessageAsync(_channelId, _progressMessageId, part.Message with { Components = part.Message.Components ?? [] }, part.Files, cancellationToken);
                continue;
            }

            var message = i == 0 ? WithReference(part.Message) : part.Message;
            await rest.CreateMessageAsync(_channelId, message, part.Files, cancellationToken);
        }
    }

    /// <summary>A message in a channel cannot be ephemeral: the error answers the user's message like any reply.</summary>
    public Task DeliverPrivatelyAsync(Reply reply, CancellationToken cancellationToken) => DeliverAsync(reply, cancellationToken);

    /// <summary>The first update or reply decides: a thread is started only when asked for and possible.</summary>
    private async Task DecideThreadAsync(string? title, CancellationToken cancellationToken)
    {
        if (_threadDecided)
        {
            return;
        }

        _threadDecided = true;
        if (string.IsNullOrWhiteSpace(title) || !route.CanStartThread)
        {
            return;
        }

        try
        {
            var thread = await rest.StartThreadFromMessageAsync(route.ChannelId, route.UserMessageId!, title, cancellationToken);
            _channelId = thread.Id;
            _inThread = true;
        }
        catch (DiscordRestException exception)
        {
            // No permission to create threads, or a thread already exists on that message: answer in the channel.
            DiscordLog.ThreadFailed(logger, exception, route.ChannelId);
        }
    }

    /// <summary>In the channel the first message answers the user's message (and notifies them); in the thread it needs no reference.</summary>
    private OutgoingMessage WithReference(OutgoingMessage message) =>
        _inThread || route.UserMessageId is null
            ? message
            : message with
            {
                MessageReference = new MessageReference(route.UserMessageId, FailIfNotExists: false),
                AllowedMentions = DiscordReplyRenderer.ReplyPing,
            };
}
