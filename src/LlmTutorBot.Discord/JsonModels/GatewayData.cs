namespace LlmTutorBot.Discord.JsonModels;

internal sealed record HelloData(int HeartbeatInterval);

internal sealed record ReadyData(
    int V,
    DiscordUser User,
    string SessionId,
    string? ResumeGatewayUrl,
    IReadOnlyList<int>? Shard,
    ReadyApplication? Application);

internal sealed record ReadyApplication(string Id);

internal sealed record IdentifyData(
    string Token,
    int Intents,
    IdentifyProperties Properties,
    IReadOnlyList<int>? Shard = null,
    int? LargeThreshold = null);

internal sealed record IdentifyProperties(string Os, string Browser, string Device);

internal sealed record ResumeData(string Token, string SessionId, int Seq);

/// <summary>GET /gateway/bot.</summary>
internal sealed record GatewayBotInfo(string Url, int Shards, SessionStartLimit SessionStartLimit);

internal sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency);

/// <summary>GUILD_CREATE, read for its channels, active threads and roles (the bot's managed role).</summary>
internal sealed record GuildCreateData(string Id, IReadOnlyList<DiscordChannel>? Channels, IReadOnlyList<DiscordChannel>? Threads, IReadOnlyList<DiscordRole?>? Roles = null);

/// <summary>THREAD_LIST_SYNC.</summary>
internal sealed record ThreadListSyncData(string GuildId, IReadOnlyList<DiscordChannel>? Threads);
