using LlmTutorBot.Discord.JsonModels;

namespace LlmTutorBot.Discord.Inbound;

/// <summary>
/// What the bot can do in answer to an interaction besides its webhook. A user-installed app used in a server the
/// bot is not in, or in a private channel between other users (context 2), can only answer through the interaction's
/// webhook: no thread, no channel message, at most <see cref="UserInstallFollowups"/> follow-ups, and nothing after
/// the token's 15 minutes. Read from <c>context</c>, <c>authorizing_integration_owners</c> (no guild install: the bot
/// is not a member) and <c>app_permissions</c> (the bot cannot see the channel); an interaction without those fields
/// is from a guild install, as before user installs existed.
/// </summary>
internal static class InteractionReach
{
    /// <summary>Discord's limit of follow-ups for a user-installed app where it is not installed in the server.</summary>
    public const int UserInstallFollowups = 5;

    /// <summary>Permission bits: ADMINISTRATOR (all of them), VIEW_CHANNEL, SEND_MESSAGES, CREATE_PUBLIC_THREADS, SEND_MESSAGES_IN_THREADS.</summary>
    private const ulong Administrator = 1UL << 3;
    private const ulong ViewChannel = 1UL << 10;
    private const ulong SendMessages = 1UL << 11;
    private const ulong CreatePublicThreads = 1UL << 35;
    private const ulong SendMessagesInThreads = 1UL << 38;

    /// <summary>True when only the interaction's webhook can carry the answer.</summary>
    public static bool WebhookOnly(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return interaction.Context switch
        {
            InteractionContexts.PrivateChannel => true,

            // The DM with the bot: the bot can always write there.
            InteractionContexts.BotDm => false,
            _ => interaction.GuildId is not null
                && ((interaction.AuthorizingIntegrationOwners is { } owners && !owners.ContainsKey(IntegrationTypes.GuildInstall))
                    || (Permissions(interaction) is { } bits && (bits & (ViewChannel | SendMessages)) != (ViewChannel | SendMessages))),
        };
    }

    /// <summary>False when the bot's permissions in the channel, if given, do not let it start a thread and write in it.</summary>
    public static bool MayStartThread(Interaction interaction) =>
        Permissions(interaction) is not { } bits || (bits & (CreatePublicThreads | SendMessagesInThreads)) == (CreatePublicThreads | SendMessagesInThreads);

    private static ulong? Permissions(Interaction interaction) =>
        ulong.TryParse(interaction.AppPermissions, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var bits)
            ? (bits & Administrator) != 0 ? ulong.MaxValue : bits
            : null;
}
