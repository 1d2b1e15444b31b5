namespace LlmTutorBot.Discord.JsonModels;

internal sealed record DiscordUser(string Id, string? Username = null, string? GlobalName = null, bool? Bot = null, bool? System = null);

internal sealed record GuildMember(DiscordUser? User = null, string? Nick = null);
