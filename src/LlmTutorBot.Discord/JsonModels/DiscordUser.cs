namespace LlmTutorBot.Discord.JsonModels;

internal sealed record DiscordUser(string Id, string? Username = null, string? GlobalName = null, bool? Bot = null, bool? System = null);

/// <summary>A member; in an interaction, <c>permissions</c> holds the member's permissions in the channel (a decimal string).</summary>
internal sealed record GuildMember(DiscordUser? User = null, string? Nick = null, string? Permissions = null);

/// <summary>A guild role; the bot's managed role has <c>tags.bot_id</c> set to the bot's user id.</summary>
internal sealed record DiscordRole(string Id, string? Name = null, RoleTags? Tags = null, string? Permissions = null);

internal sealed record RoleTags(string? BotId = null);

/// <summary>GUILD_ROLE_CREATE and GUILD_ROLE_UPDATE.</summary>
internal sealed record GuildRoleData(string GuildId, DiscordRole? Role);
