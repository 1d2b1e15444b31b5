using System.Text.RegularExpressions;
using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Teams.Activities;

namespace LlmTutorBot.Teams.Inbound;

/// <summary>
/// Removes the bot's own @-mention from a Teams message, as the mention entities describe it (their text, or
/// "&lt;at&gt;name&lt;/at&gt;" when they have none, matched case-insensitively), and turns other people's
/// "&lt;at&gt;Name&lt;/at&gt;" into their plain name.
/// </summary>
public static partial class MentionText
{
    public static string RemoveBotMention(string? text, IReadOnlyList<ActivityEntity>? entities, ChannelAccount? bot)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var result = text;
        foreach (var entity in entities ?? [])
        {
            if (entity.Type != ActivityTypes.MentionEntity || entity.Mentioned?.Id is null || entity.Mentioned.Id != bot?.Id)
            {
                continue;
            }

            var markup = entity.Text ?? $"<at>{entity.Mentioned.Name}</at>";
            result = Regex.Replace(result, Regex.Escape(markup), " ", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        if (bot?.Name is { Length: > 0 } name)
        {
            // Some clients mention the bot without an entity, or with "@" inside the tag.
            result = Regex.Replace(result, $"<at>@?{Regex.Escape(name)}</at>", " ", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        result = OtherMention().Replace(result, "$1");
        return InboundText.RemoveMentions(result, []);
    }

    [GeneratedRegex("<at>(.*?)</at>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline, 1000)]
    private static partial Regex OtherMention();
}
