using System.Collections.Concurrent;
using LlmTutorBot.Discord.JsonModels;

namespace LlmTutorBot.Discord.Gateway;

/// <summary>
/// The bot's own user id, learnt from READY, and its managed role in each guild (the role Discord creates for the
/// bot, whose tags name it), learnt from GUILD_CREATE and role events; messages are read against them (mentions,
/// own messages).
/// </summary>
internal sealed class DiscordBotIdentity
{
    private readonly ConcurrentDictionary<string, string> _roleOfGuild = new(StringComparer.Ordinal);
    private volatile string? _userId;

    public string? UserId
    {
        get => _userId;
        set => _userId = value;
    }

    /// <summary>The bot's managed role in <paramref name="guildId"/>, when the gateway has described it.</summary>
    public string? ManagedRole(string? guildId) => guildId is not null && _roleOfGuild.TryGetValue(guildId, out var role) ? role : null;

    /// <summary>Remembers the role among <paramref name="roles"/> whose tags name the bot.</summary>
    public void LearnRoles(string? guildId, IEnumerable<DiscordRole?>? roles)
    {
        if (guildId is null || roles is null || UserId is not { } botId)
        {
            return;
        }

        foreach (var role in roles)
        {
            if (role?.Tags?.BotId == botId && role.Id is { Length: > 0 })
            {
                _roleOfGuild[guildId] = role.Id;
            }
        }
    }

    public void ForgetGuild(string guildId) => _roleOfGuild.TryRemove(guildId, out _);
}
