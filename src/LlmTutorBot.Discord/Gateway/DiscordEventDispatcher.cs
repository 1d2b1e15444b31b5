using System.Text.Json;
using LlmTutorBot.Discord.Inbound;
using LlmTutorBot.Discord.Interactions;
using LlmTutorBot.Discord.JsonModels;
using LlmTutorBot.Discord.Rest;
using LlmTutorBot.Discord.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using LlmTutorBot.Core.Hosting;

namespace LlmTutorBot.Discord.Gateway;

/// <summary>
/// What the bot does with gateway events: READY names the bot, guild, channel and thread events fill the channel
/// cache, MESSAGE_CREATE becomes a turn when it is for the bot (a /reset typed in a server narrowed to the author's
/// preferences), INTERACTION_CREATE is answered within 3 seconds.
/// Nothing here waits on a handler: turns are queued and interactions answered on their own task.
/// </summary>
internal sealed class DiscordEventDispatcher(
    DiscordBotIdentity identity,
    DiscordChannelCache channels,
    DiscordInboundConverter converter,
    DiscordTurnQueue queue,
    DiscordInteractionHandler interactions,
    DiscordRestClient rest,
    IOptions<DiscordOptions> options,
    ILogger<DiscordEventDispatcher> logger) : IGatewayDispatchHandler
{
    private static DiscordJsonContext Json => DiscordJsonContext.Default;

    public ValueTask HandleAsync(int shardId, string eventName, JsonElement data, CancellationToken cancellationToken)
    {
        switch (eventName)
        {
            case "READY":
                identity.UserId = data.Deserialize(Json.ReadyData)?.User?.Id;
                break;
            case "GUILD_CREATE":
                if (data.Deserialize(Json.GuildCreateData) is { } guild)
                {
                    channels.AddGuild(guild);
                    identity.LearnRoles(guild.Id, guild.Roles);
                }

                break;
            case "GUILD_ROLE_CREATE" or "GUILD_ROLE_UPDATE":
                if (data.Deserialize(Json.GuildRoleData) is { Role: { } role } roleEvent)
                {
                    identity.LearnRoles(roleEvent.GuildId, [role]);
                }

                break;
            case "CHANNEL_CREATE" or "CHANNEL_UPDATE" or "THREAD_CREATE" or "THREAD_UPDATE":
                if (data.Deserialize(Json.DiscordChannel) is { } channel)
                {
                    channels.Add(channel);
                }

                break;
            case "CHANNEL_DELETE" or "THREAD_DELETE":
                if (data.ValueKind == JsonValueKind.Object && data.TryGetProperty("id", out var id) && id.StringOrNull() is { } deleted)
                {
                    channels.Remove(deleted);
                }

                break;
            case "THREAD_LIST_SYNC":
                if (data.Deserialize(Json.ThreadListSyncData) is { } sync)
                {
                    foreach (var thread in sync.Threads ?? [])
                    {
                        channels.Add(thread, sync.GuildId);
                    }
                }

                break;
            case "MESSAGE_CREATE":
                OnMessage(data.Deserialize(Json.DiscordMessage), cancellationToken);
                break;
            case "INTERACTION_CREATE":
                if (data.Deserialize(Json.Interaction) is { } interaction)
                {
                    _ = AnswerAsync(interaction, cancellationToken);
                }

                break;
        }

        return ValueTask.CompletedTask;
    }

    private void OnMessage(DiscordMessage? message, CancellationToken cancellationToken)
    {
        var botId = identity.UserId;
        if (message?.Author is null || string.IsNullOrEmpty(message.ChannelId) || botId is null || message.Author.Id == botId || message.Author.Bot == true)
        {
            return;
        }

        var channel = channels.Find(message.ChannelId);
        if (channel is null && message.GuildId is not null && options.Value.HasBotToken)
        {
            // A channel the gateway has not described: ask once, off the gateway's reader.
            _ = LookUpThenQueueAsync(message, botId, cancellationToken);
            return;
        }

        if (DiscordInboundConverter.FromMessage(message, botId, channel, identity.ManagedRole(message.GuildId)) is { } turn)
        {
            queue.Enqueue(converter.NarrowTypedReset(turn));
        }
    }

    private async Task LookUpThenQueueAsync(DiscordMessage message, string botId, CancellationToken cancellationToken)
    {
        CachedChannel? channel = null;
        try
        {
            var fetched = await rest.GetChannelAsync(message.ChannelId, cancellationToken);
            channel = CachedChannel.From(fetched, message.GuildId);
            channels.Add(channel);
        }
        catch (Exception exception) when (exception is DiscordRestException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            DiscordLog.RequestFailed(logger, exception, "GET /channels/{major}");
        }

        if (DiscordInboundConverter.FromMessage(message, botId, channel, identity.ManagedRole(message.GuildId)) is { } turn)
        {
            queue.Enqueue(converter.NarrowTypedReset(turn));
        }
    }

    private async Task AnswerAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        try
        {
            await interactions.HandleAsync(interaction, inline: false, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            DiscordLog.RequestFailed(logger, exception, "POST /interactions/{major}/{major}/callback");
        }
    }
}
