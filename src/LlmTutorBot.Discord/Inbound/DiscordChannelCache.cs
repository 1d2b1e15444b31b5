using System.Collections.Concurrent;
using LlmTutorBot.Discord.JsonModels;

namespace LlmTutorBot.Discord.Inbound;

/// <summary>What the adapter knows of a channel: its type, guild, parent (for threads) and owner (for threads).</summary>
internal sealed record CachedChannel(string Id, int Type, string? GuildId, string? ParentId, string? OwnerId)
{
    public bool IsThread => ChannelTypes.IsThread(Type);

    public static CachedChannel From(DiscordChannel channel, string? guildId = null) =>
        new(channel.Id, channel.Type, channel.GuildId ?? guildId, channel.ParentId, channel.OwnerId);
}

/// <summary>
/// Channels and threads seen on the gateway (GUILD_CREATE, CHANNEL_*, THREAD_*), since MESSAGE_CREATE does not say
/// whether its channel is a thread. Unknown channels are looked up once over REST by the dispatcher.
/// </summary>
internal sealed class DiscordChannelCache
{
    private const int MaxEntries = 200_000;
    private readonly ConcurrentDictionary<string, CachedChannel> _channels = new(StringComparer.Ordinal);

    public int Count => _channels.Count;

    public CachedChannel? Find(string channelId) => _channels.TryGetValue(channelId, out var channel) ? channel : null;

    public void Add(CachedChannel channel)
    {
        if (_channels.Count >= MaxEntries && !_channels.ContainsKey(channel.Id))
        {
            // A crude bound: a bot in that many channels should run more shards.
            _channels.Clear();
        }

        _channels[channel.Id] = channel;
    }

    public void Add(DiscordChannel? channel, string? guildId = null)
    {
        // A malformed event may list a channel without an id (or a null): nothing to remember.
        if (channel?.Id is { Length: > 0 })
        {
            Add(CachedChannel.From(channel, guildId));
        }
    }

    public void Remove(string channelId) => _channels.TryRemove(channelId, out _);

    public void AddGuild(GuildCreateData guild)
    {
        foreach (var channel in guild.Channels ?? [])
        {
            Add(channel, guild.Id);
        }

        foreach (var thread in guild.Threads ?? [])
        {
            Add(thread, guild.Id);
        }
    }
}
