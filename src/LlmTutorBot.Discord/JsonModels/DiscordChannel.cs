namespace LlmTutorBot.Discord.JsonModels;

internal sealed record DiscordChannel(
    string Id,
    int Type,
    string? GuildId = null,
    string? ParentId = null,
    string? Name = null,
    string? OwnerId = null,
    ThreadMetadata? ThreadMetadata = null);

internal sealed record ThreadMetadata(bool Archived, int? AutoArchiveDuration = null, bool? Locked = null);

/// <summary>Discord's channel types that matter here.</summary>
internal static class ChannelTypes
{
    public const int GuildText = 0;
    public const int Dm = 1;
    public const int GroupDm = 3;
    public const int GuildAnnouncement = 5;
    public const int AnnouncementThread = 10;
    public const int PublicThread = 11;
    public const int PrivateThread = 12;

    public static bool IsThread(int type) => type is AnnouncementThread or PublicThread or PrivateThread;

    public static bool IsDirect(int type) => type is Dm or GroupDm;

    /// <summary>Channels whose messages can start a thread.</summary>
    public static bool CanStartThread(int type) => type is GuildText or GuildAnnouncement;
}
