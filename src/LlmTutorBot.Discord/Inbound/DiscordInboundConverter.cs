using System.Globalization;
using System.Text;
using System.Text.Json;
using LlmTutorBot.Core.Commands;
using LlmTutorBot.Core.Handlers;
using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Discord.Interactions;
using LlmTutorBot.Discord.JsonModels;
using LlmTutorBot.Core.Hosting;

namespace LlmTutorBot.Discord.Inbound;

/// <summary>
/// Turns Discord's messages and interactions into <see cref="InboundMessage"/>s. A message reaches the bot when it
/// mentions the bot, arrives in a DM or is written in a thread the bot started; the bot's own messages and other
/// bots' are ignored, and the mention is removed from the text.
/// </summary>
internal sealed class DiscordInboundConverter(CommandParser parser, CommandCatalog catalog)
{
    /// <summary>
    /// The turn for a MESSAGE_CREATE, or null when the bot should not answer it. A mention of the bot's managed role
    /// (<paramref name="botRoleId"/>, as "@LlmTutorBot" often autocompletes to the role) counts as a mention of the bot.
    /// </summary>
    public static DiscordTurn? FromMessage(DiscordMessage message, string botUserId, CachedChannel? channel, string? botRoleId = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Author is null || !HasIds(message.Author.Id, message.ChannelId, message.Id) || message.Author.Id == botUserId || message.Author.Bot == true || message.Author.System == true
            || message.WebhookId is not null || !MessageTypes.IsUserWritten(message.Type))
        {
            return null;
        }

        var isDirect = message.GuildId is null;
        string[] mentions = botRoleId is null ? [$"<@{botUserId}>", $"<@!{botUserId}>"] : [$"<@{botUserId}>", $"<@!{botUserId}>", $"<@&{botRoleId}>"];
        var content = message.Content ?? "";
        var mentioned = (message.Mentions?.Any(u => u.Id == botUserId) ?? false)
            || (botRoleId is not null && (message.MentionRoles?.Contains(botRoleId) ?? false))
            || mentions.Any(m => content.Contains(m, StringComparison.Ordinal));
        var inOwnThread = channel is { IsThread: true } && channel.OwnerId == botUserId;
        if (!isDirect && !mentioned && !inOwnThread)
        {
            return null;
        }

        var text = InboundText.RemoveMentions(content, mentions);
        var attachments = (message.Attachments ?? [])
            .Select(a => new InboundAttachment(a.Filename, a.ContentType, Uri.TryCreate(a.Url, UriKind.Absolute, out var url) ? url : null, a.Size))
            .ToList();
        if (text.Length == 0 && attachments.Count == 0 && !mentioned && !isDirect)
        {
            return null;
        }

        var inbound = new InboundMessage
        {
            Conversation = Address(message.ChannelId, isDirect, channel),
            User = new ChatUser(message.Author.Id, message.Member?.Nick ?? message.Author.GlobalName ?? message.Author.Username),
            Text = text,
            Attachments = attachments,
            MessageId = message.Id,
            GroupId = message.GuildId,
        };
        var route = new DiscordReplyRoute(
            message.ChannelId,
            message.GuildId,
            message.Id,
            channel?.Type ?? (isDirect ? ChannelTypes.Dm : null),
            message.Author.Id);
        return new DiscordTurn(inbound, route);
    }

    /// <summary>
    /// A /reset typed in a server (not the slash command): MESSAGE_CREATE does not carry the member's permissions, so
    /// the typed form resets only the author's own preferences, and the answer says how to reset the channel's
    /// conversation (the slash command, which Discord and the interaction handler restrict to Manage Messages).
    /// Other turns, DMs, "/reset scope: me" and a malformed /reset (answered with its error) are left as they are.
    /// </summary>
    public DiscordTurn NarrowTypedReset(DiscordTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Route.GuildId is null || turn.Route.Interaction is not null || turn.Message.Command is not null)
        {
            return turn;
        }

        var text = InboundText.Clean(turn.Message.Text);
        var command = parser.Parse(text) ?? (turn.Message.Attachments.Count == 0 ? parser.ParseBare(text) : null);
        if (command is not { IsValid: true } || command.Name != ResetHandler.Definition.Name || command.Argument(ResetHandler.ScopeOption) == ResetHandler.ScopeMe)
        {
            return turn;
        }

        var own = parser.FromArguments(ResetHandler.Definition.Name, new Dictionary<string, string>(StringComparer.Ordinal) { [ResetHandler.ScopeOption] = ResetHandler.ScopeMe });
        return turn with { Message = turn.Message with { Command = own }, Notice = DiscordText.ResetTextOnlyYou };
    }

    /// <summary>
    /// The turn for an application command (a slash command) or a button; null for other interaction types
    /// (PING and autocomplete are answered without a turn).
    /// </summary>
    public DiscordTurn? FromInteraction(Interaction interaction, DateTimeOffset receivedAt, CachedChannel? knownChannel = null)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var actor = interaction.Actor;
        if (actor is null || interaction.ChannelId is null || !HasIds(actor.Id, interaction.ChannelId, interaction.Id) || interaction.Data is null)
        {
            return null;
        }

        string text;
        ParsedCommand? command = null;
        switch (interaction.Type)
        {
            case InteractionTypes.ApplicationCommand when interaction.Data.Name is { } name:
                var arguments = Arguments(interaction.Data.Options);
                command = parser.FromArguments(name, arguments);
                text = CommandText(name, arguments);
                break;
            case InteractionTypes.MessageComponent when interaction.Data.CustomId is { } customId:
                // A button's custom_id is the command it stands for, read as if the user had typed it.
                text = customId;
                break;
            default:
                return null;
        }

        var isDirect = interaction.GuildId is null;
        var channel = interaction.Channel is { } partial ? CachedChannel.From(partial, interaction.GuildId) : knownChannel;
        var inbound = new InboundMessage
        {
            Conversation = Address(interaction.ChannelId, isDirect, channel),
            User = new ChatUser(actor.Id, interaction.Member?.Nick ?? actor.GlobalName ?? actor.Username),
            Text = text,
            Command = command,
            Locale = interaction.Locale ?? interaction.GuildLocale,
            MessageId = interaction.Id,
            GroupId = interaction.GuildId,
        };
        var route = new DiscordReplyRoute(
            interaction.ChannelId,
            interaction.GuildId,
            UserMessageId: null,
            channel?.Type ?? (isDirect ? ChannelTypes.Dm : null),
            actor.Id,
            new InteractionRoute(interaction.Id, interaction.ApplicationId, interaction.Token, receivedAt)
            {
                WebhookOnly = InteractionReach.WebhookOnly(interaction),
                CannotStartThread = !InteractionReach.MayStartThread(interaction),
            });
        return new DiscordTurn(inbound, route);
    }

    /// <summary>Whether a payload has the ids a turn needs (a malformed one may lack them though the schema requires them).</summary>
    private static bool HasIds(params ReadOnlySpan<string?> ids)
    {
        foreach (var id in ids)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A channel, a thread inside its parent channel, or a DM.</summary>
    internal static ConversationAddress Address(string channelId, bool isDirect, CachedChannel? channel) =>
        !isDirect && channel is { IsThread: true, ParentId: { } parent }
            ? new ConversationAddress(ChatPlatform.Discord, parent, channelId)
            : new ConversationAddress(ChatPlatform.Discord, channelId);

    /// <summary>The leaf options of a command as text: strings as given, numbers in invariant form, booleans as true/false.</summary>
    internal static Dictionary<string, string> Arguments(IReadOnlyList<InteractionOption>? options)
    {
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var option in options ?? [])
        {
            if (option?.Name is null)
            {
                // Malformed: an option needs a name.
                continue;
            }

            if (option.Type is OptionTypes.SubCommand or OptionTypes.SubCommandGroup)
            {
                // The catalog has no subcommands; their options would not fit any command.
                arguments[option.Name] = "";
                continue;
            }

            if (option.Value is { } value)
            {
                arguments[option.Name] = value.ValueKind switch
                {
                    JsonValueKind.String => value.StringOrNull() ?? "",
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    JsonValueKind.Number => value.TryGetInt64(out var integer)
                        ? integer.ToString(CultureInfo.InvariantCulture)
                        : value.GetDouble().ToString(CultureInfo.InvariantCulture),
                    _ => value.GetRawText(),
                };
            }
        }

        return arguments;
    }

    /// <summary>"/name value value", the command as it would be typed, in the catalog's option order (what history keeps).</summary>
    private string CommandText(string name, Dictionary<string, string> arguments)
    {
        var builder = new StringBuilder("/").Append(name);
        IEnumerable<string> ordered = catalog.TryGet(name, out var definition)
            ? definition.Options.Where(o => arguments.ContainsKey(o.Name)).Select(o => arguments[o.Name])
            : arguments.Values;
        foreach (var value in ordered)
        {
            builder.Append(' ').Append(value);
        }

        return builder.ToString();
    }
}
