using LlmTutorBot.Core.Replies;
using LlmTutorBot.Discord.Inbound;
using LlmTutorBot.Discord.JsonModels;
using LlmTutorBot.Discord.Rendering;
using LlmTutorBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace LlmTutorBot.Discord.Turns;

/// <summary>
/// Replies to a deferred interaction: progress and the reply's first message edit the original response through
/// the webhook, further messages are follow-ups. When the job asks for a thread in a guild text channel (and the
/// bot token is set), a thread is started on the answer and the further messages go there. Once the 15-minute token
/// has expired (or Discord no longer knows the interaction), the rest goes as normal messages in the channel, which
/// needs the bot token.
/// </summary>
internal sealed class InteractionReplyTarget(
    DiscordRestClient rest,
    DiscordReplyRoute route,
    bool hasBotToken,
    TimeProvider time,
    ILogger logger) : IDiscordReplyTarget
{
    private readonly InteractionRoute _interaction = route.Interaction ?? throw new ArgumentException("The route has no interaction.", nameof(route));
    private bool _expired;
    private string? _fallbackProgressId;
    private bool _threadDecided;
    private string? _threadId;

    public string? OpenedThreadId => _threadId;

    private bool CanStartThread => hasBotToken && route.GuildId is not null && route.ChannelType is { } type && ChannelTypes.CanStartThread(type);

    public async Task ShowProgressAsync(ProgressUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        var message = DiscordReplyRenderer.Progress(update);
        if (await TryWebhookAsync(() => EditOriginalAsync(message, null, update.ThreadTitle, cancellationToken)))
        {
            return;
        }

        if (hasBotToken)
        {
            if (_fallbackProgressId is null)
            {
                _fallbackProgressId = (await rest.CreateMessageAsync(route.ChannelId, message, null, cancellationToken)).Id;
            }
            else
            {
                await rest.EditMessageAsync(route.ChannelId, _fallbackProgressId, message, null, cancellationToken);
            }
        }
    }

    public async Task DeliverAsync(Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var parts = DiscordReplyRenderer.Render(reply);
        for (var i = 0; i < parts.Count; i++)
        {
            var (message, files) = (parts[i].Message with { Components = parts[i].Message.Components ?? [] }, parts[i].Files);
            var first = i == 0;
            if (!first && _threadId is not null)
            {
                await rest.CreateMessageAsync(_threadId, message, files, cancellationToken);
                continue;
            }

            if (await TryWebhookAsync(() => first
                ? EditOriginalAsync(message, files, reply.ThreadTitle, cancellationToken)
                : rest.CreateFollowupAsync(_interaction.ApplicationId, _interaction.Token, message, files, cancellationToken)))
            {
                continue;
            }

            if (!hasBotToken)
            {
                throw new InvalidOperationException("The interaction token expired and Discord:BotToken is not set: the reply cannot be sent.");
            }

            if (first && _fallbackProgressId is not null)
            {
                await rest.EditMessageAsync(route.ChannelId, _fallbackProgressId, message, files, cancellationToken);
            }
            else
            {
                // After the token's 15 minutes: a normal message that names the user, so they see the answer came.
                var ping = $"<@{route.UserId}>";
                var pings = new AllowedMentions([], Users: [route.UserId]);
                if (first && (message.Content?.Length ?? 0) + ping.Length + 1 <= DiscordLimits.Content)
                {
                    message = message with { Content = $"{ping} {message.Content}".TrimEnd(), AllowedMentions = pings };
                }
                else if (first)
                {
                    await rest.CreateMessageAsync(route.ChannelId, new OutgoingMessage { Content = ping, AllowedMentions = pings }, null, cancellationToken);
                }

                await rest.CreateMessageAsync(route.ChannelId, message, files, cancellationToken);
            }
        }
    }

    /// <summary>Edits the original answer; the first edit may start a thread on it.</summary>
    private async Task EditOriginalAsync(OutgoingMessage message, IReadOnlyList<ReplyFile>? files, string? threadTitle, CancellationToken cancellationToken)
    {
        var original = await rest.EditOriginalResponseAsync(_interaction.ApplicationId, _interaction.Token, message, files, cancellationToken);
        if (_threadDecided)
        {
            return;
        }

        _threadDecided = true;
        if (string.IsNullOrWhiteSpace(threadTitle) || !CanStartThread)
        {
            return;
        }

        try
        {
            // On the message a message command was used on, else on the answer.
            _threadId = (await rest.StartThreadFromMessageAsync(route.ChannelId, route.UserMessageId ?? original.Id, threadTitle, cancellationToken)).Id;
        }
        catch (DiscordRestException exception)
        {
            DiscordLog.ThreadFailed(logger, exception, route.ChannelId);
        }
    }

    /// <summary>Runs a webhook call unless the token has expired; false when it has (now or before).</summary>
    private async Task<bool> TryWebhookAsync(Func<Task> call)
    {
        if (!_expired && _interaction.IsExpired(time.GetUtcNow()))
        {
            _expired = true;
            DiscordLog.InteractionExpired(logger, route.ChannelId);
        }

        if (_expired)
        {
            return false;
        }

        try
        {
            await call();
            return true;
        }
        catch (DiscordRestException exception) when (exception.IsUnknownInteraction || exception.Status == System.Net.HttpStatusCode.Unauthorized)
        {
            _expired = true;
            DiscordLog.InteractionExpired(logger, route.ChannelId);
            return false;
        }
    }
}
