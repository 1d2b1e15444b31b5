namespace LlmTutorBot.Discord.JsonModels;

/// <summary>A message as the gateway and REST send it (MESSAGE_CREATE, create and edit responses).</summary>
internal sealed record DiscordMessage(
    string Id,
    string ChannelId,
    DiscordUser Author,
    string? Content = null,
    string? GuildId = null,
    int Type = 0,
    IReadOnlyList<DiscordUser>? Mentions = null,
    bool MentionEveryone = false,
    IReadOnlyList<DiscordAttachment>? Attachments = null,
    MessageReference? MessageReference = null,
    string? WebhookId = null,
    GuildMember? Member = null,
    IReadOnlyList<string>? MentionRoles = null,
    IReadOnlyList<Embed>? Embeds = null);

internal sealed record DiscordAttachment(string Id, string Filename, long Size, string? Url = null, string? ContentType = null);

internal sealed record MessageReference(string? MessageId = null, string? ChannelId = null, string? GuildId = null, bool? FailIfNotExists = null);

internal static class MessageTypes
{
    public const int Default = 0;
    public const int Reply = 19;

    /// <summary>Messages people write (others are joins, pins, thread starters…).</summary>
    public static bool IsUserWritten(int type) => type is Default or Reply;
}
