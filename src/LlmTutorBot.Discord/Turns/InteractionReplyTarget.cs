using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Discord.Inbound;
using LlmTutorBot.Discord.Interactions;
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
/// needs the bot token. Where only the webhook can answer (<see cref="InteractionRoute.WebhookOnly"/>: a user install
/// where the bot is not a member), no channel endpoint is ever called and at most
/// <see cref="InteractionReach.UserInstallFollowups"/> follow-ups are sent, the last saying the answer was cut.
/// </summary>
internal sealed class InteractionReplyTarget(
    DiscordRestClient rest,
    DiscordReplyRoute route,
    bool hasBotToken,
    TimeProvider time,
    ILogger logger,
    BotLanguage language = BotLanguage.En) : IDiscordReplyTarget
{
    /// <summary>Only the user sees a message with this flag.</summary>
    private const int Ephemeral = 64;

    private readonly InteractionRoute _interaction = route.Interaction ?? throw new ArgumentException("The route has no interaction.", nameof(route));
    private bool _expired;
    private string? _fallbackProgressId;
    private bool _threadDecided;
    private string? _threadId;
    private int _followups;

    public string? OpenedThreadId => _threadId;

    /// <summary>Channel endpoints (messages, threads) can be used: the bot token is set and the bot is where the interaction was.</summary>
    private bool CanUseChannel => hasBotToken && !_interaction.WebhookOnly;

    private bool CanStartThread => CanUseChannel && !_interaction.CannotStartThread && route.GuildId is not null && route.ChannelType is { } type && ChannelTypes.CanStartThread(type);

    public async Task ShowProgressAsync(ProgressUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        var message = DiscordReplyRenderer.Progress(update);
        if (await TryWebhookAsync(() => EditOriginalAsync(message, null, update.ThreadTitle, cancellationToken)))
        {
            return;
        }

        if (CanUseChannel)
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

            var cut = !first && _interaction.WebhookOnly && _followups == InteractionReach.UserInstallFollowups - 1 && i < parts.Count - 1;
            if (cut)
            {
                // Discord's last follow-up here: say the answer goes on no further.
                (message, files) = (new OutgoingMessage { Content = DiscordText.AnswerCut[language], AllowedMentions = DiscordReplyRenderer.NoPings }, null);
            }

            if (await TryWebhookAsync(() => first
                ? EditOriginalAsync(message, files, reply.ThreadTitle, cancellationToken)
                : FollowUpAsync(message, files, cancellationToken)))
            {
                if (cut)
                {
                    return;
                }

                continue;
            }

            if (!CanUseChannel)
            {
                throw new InvalidOperationException(hasBotToken
                    ? "The interaction token expired and the bot is not where the interaction was (a user install): the reply cannot be sent."
                    : "The interaction token expired and Discord:BotToken is not set: the reply cannot be sent.");
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

    /// <summary>
    /// A public deferred answer cannot become ephemeral, and a first follow-up would only replace it: the original is
    /// deleted, then the reply goes as an ephemeral follow-up. An ephemeral deferred answer is simply edited; after
    /// the token's lifetime, the reply goes as <see cref="DeliverAsync"/> sends it.
    /// </summary>
    public async Task DeliverPrivatelyAsync(Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (_interaction.Ephemeral || _threadId is not null)
        {
            await DeliverAsync(reply, cancellationToken);
            return;
        }

        var message = DiscordReplyRenderer.Render(reply)[0].Message with { Flags = Ephemeral, Components = null };
        var sent = await TryWebhookAsync(async () =>
        {
            try
            {
                await rest.DeleteOriginalResponseAsync(_interaction.ApplicationId, _interaction.Token, cancellationToken);
            }
            catch (DiscordRestException exception) when (!exception.IsUnknownInteraction && exception.Status != System.Net.HttpStatusCode.Unauthorized)
            {
                // Deleted already (a retry after a lost answer), or not deletable: the follow-up still goes.
                DiscordLog.RequestFailed(logger, exception, "DELETE /webhooks/{major}/{major}/messages/@original");
            }

            await FollowUpAsync(message, null, cancellationToken);
        });
        if (!sent)
        {
            await DeliverAsync(reply, cancellationToken);
        }
    }

    private async Task FollowUpAsync(OutgoingMessage message, IReadOnlyList<ReplyFile>? files, CancellationToken cancellationToken)
    {
        await rest.CreateFollowupAsync(_interaction.ApplicationId, _interaction.Token, message, files, cancellationToken);
        _followups++;
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
