using System.Text.RegularExpressions;
using LlmTutorBot.Core.Commands;
using LlmTutorBot.Core.Localization;
using LlmTutorBot.Discord.JsonModels;

namespace LlmTutorBot.Discord.Interactions;

/// <summary>
/// Message commands (type 3) read as the slash command they stand for: "Summarize video" on a message becomes
/// "/summarize &lt;the message's YouTube link&gt;". A target missing from <c>resolved</c>, unreadable, without a link
/// or with a link that is not YouTube gives the sentence to answer ephemerally instead.
/// </summary>
internal static partial class MessageCommands
{
    public const int MessageCommandType = 3;

    /// <summary>Permissions bits: ADMINISTRATOR and MANAGE_MESSAGES.</summary>
    private const ulong Administrator = 1UL << 3;
    private const ulong ManageMessages = 1UL << 13;

    public static bool IsMessageCommand(Interaction interaction) =>
        interaction.Type == InteractionTypes.ApplicationCommand && interaction.Data?.Type == MessageCommandType;

    /// <summary>The interaction as its slash command with the link, or the refusal to give.</summary>
    public static (Interaction? AsSlash, string? TargetId, LocalizedText? Refusal) Read(Interaction interaction, CommandCatalog catalog)
    {
        var data = interaction.Data!;
        var command = catalog.Commands.FirstOrDefault(c => c.MessageAction?.En == data.Name);
        if (command is null)
        {
            return (null, null, null);
        }

        if (data.TargetId is not { } targetId || data.Resolved?.Messages is not { } messages || !messages.TryGetValue(targetId, out var target) || target is null)
        {
            return (null, null, DiscordText.MessageUnreadable);
        }

        var texts = new[] { target.Content }.Concat(target.Embeds?.Select(e => e.Url) ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        if (texts.Count == 0)
        {
            return (null, targetId, DiscordText.MessageUnreadable);
        }

        var links = texts.SelectMany(t => Link().Matches(t!).Select(m => m.Value)).ToList();
        if (links.Count == 0)
        {
            return (null, targetId, DiscordText.NoLink);
        }

        var video = links.FirstOrDefault(IsYouTube);
        if (video is null)
        {
            return (null, targetId, DiscordText.NotYouTube);
        }

        var option = new InteractionOption(command.Options[0].Name, OptionTypes.String, System.Text.Json.JsonSerializer.SerializeToElement(video, DiscordJsonContext.Default.String));
        var slash = interaction with { Data = new InteractionData(data.Id, command.Name, 1, [option]) };
        return (slash, targetId, null);
    }

    /// <summary>True when the member may run a moderators-only command on the whole channel (ADMINISTRATOR or MANAGE_MESSAGES).</summary>
    public static bool MayModerate(Interaction interaction) =>
        interaction.GuildId is null
        || (ulong.TryParse(interaction.Member?.Permissions, out var bits) && (bits & (Administrator | ManageMessages)) != 0);

    internal static bool IsYouTube(string link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri)
        && (uri.Host is "youtu.be" or "youtube.com" or "www.youtube.com" or "m.youtube.com" or "music.youtube.com" or "www.youtube-nocookie.com");

    [GeneratedRegex(@"https?://[^\s<>()""']+", RegexOptions.IgnoreCase)]
    private static partial Regex Link();
}
