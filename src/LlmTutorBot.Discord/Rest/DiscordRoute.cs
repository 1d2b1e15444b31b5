using System.Text;

namespace LlmTutorBot.Discord.Rest;

/// <summary>
/// A request's rate-limit identity: its route (method and path with ids replaced) and its top-level resource
/// (the channel, guild, or webhook id and token), which together with Discord's bucket hash name one bucket.
/// </summary>
internal sealed record DiscordRoute(string Key, string MajorParameter, bool IsInteraction)
{
    public static DiscordRoute For(HttpMethod method, string path)
    {
        ArgumentNullException.ThrowIfNull(method);
        var segments = path.Split('?', 2)[0].Trim('/').Split('/');
        var template = new StringBuilder(method.Method).Append(' ');
        var major = "";
        var isInteraction = segments[0] is "webhooks" or "interactions";
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            var previous = i > 0 ? segments[i - 1] : "";
            string shown;
            if (i == 1 && previous is "channels" or "guilds")
            {
                major = segment;
                shown = "{major}";
            }
            else if (segments[0] is "webhooks" or "interactions" && i is 1 or 2)
            {
                // A webhook's (or an interaction's) id and token are its top-level resource.
                major = major.Length == 0 ? segment : $"{major}/{segment}";
                shown = "{major}";
            }
            else
            {
                shown = segment.Length > 0 && segment.All(char.IsAsciiDigit) ? "{id}" : segment;
            }

            template.Append('/').Append(shown);
        }

        return new DiscordRoute(template.ToString(), major, isInteraction);
    }
}
