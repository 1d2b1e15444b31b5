using System.Text.Json;

namespace LlmTutorBot.Discord.JsonModels;

/// <summary>An interaction (INTERACTION_CREATE over the gateway, or a POST to the interactions endpoint).</summary>
internal sealed record Interaction(
    string Id,
    string ApplicationId,
    int Type,
    string Token,
    InteractionData? Data = null,
    string? GuildId = null,
    string? ChannelId = null,
    DiscordChannel? Channel = null,
    GuildMember? Member = null,
    DiscordUser? User = null,
    string? Locale = null,
    string? GuildLocale = null,
    DiscordMessage? Message = null,
    IReadOnlyDictionary<string, JsonElement>? AuthorizingIntegrationOwners = null,
    int? Context = null,
    string? AppPermissions = null)
{
    /// <summary>Who acted: the member's user in a guild, the user in a DM.</summary>
    public DiscordUser? Actor => Member?.User ?? User;
}

internal sealed record InteractionData(
    string? Id = null,
    string? Name = null,
    int? Type = null,
    IReadOnlyList<InteractionOption>? Options = null,
    string? CustomId = null,
    int? ComponentType = null,
    string? TargetId = null,
    InteractionResolved? Resolved = null);

/// <summary>The objects an interaction refers to; for a message command, the target message by id.</summary>
internal sealed record InteractionResolved(IReadOnlyDictionary<string, DiscordMessage?>? Messages = null);

internal sealed record InteractionOption(string Name, int Type, JsonElement? Value = null, IReadOnlyList<InteractionOption>? Options = null, bool? Focused = null);

internal static class InteractionTypes
{
    public const int Ping = 1;
    public const int ApplicationCommand = 2;
    public const int MessageComponent = 3;
    public const int Autocomplete = 4;
    public const int ModalSubmit = 5;
}

internal static class InteractionCallbackTypes
{
    public const int Pong = 1;
    public const int ChannelMessageWithSource = 4;
    public const int DeferredChannelMessageWithSource = 5;
    public const int DeferredUpdateMessage = 6;
    public const int AutocompleteResult = 8;
}

/// <summary>Where an interaction was used (the interaction's <c>context</c>).</summary>
internal static class InteractionContexts
{
    public const int Guild = 0;
    public const int BotDm = 1;
    public const int PrivateChannel = 2;
}

/// <summary>The keys of <c>authorizing_integration_owners</c>: the installation types.</summary>
internal static class IntegrationTypes
{
    public const string GuildInstall = "0";
    public const string UserInstall = "1";
}

internal static class OptionTypes
{
    public const int SubCommand = 1;
    public const int SubCommandGroup = 2;
    public const int String = 3;
    public const int Integer = 4;
    public const int Boolean = 5;
    public const int Number = 10;
}
