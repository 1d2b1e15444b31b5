using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace LlmTutorBot.Discord.Rest;

internal sealed partial class DiscordRestClient
{
    /// <summary>
    /// PUT /applications/{app}/commands (or …/guilds/{guild}/commands): replaces every command with
    /// <paramref name="commandsJson"/>; returns how many Discord now has.
    /// </summary>
    public async Task<int> BulkOverwriteCommandsAsync(string applicationId, string? guildId, string commandsJson, CancellationToken cancellationToken)
    {
        var path = guildId is null ? $"applications/{applicationId}/commands" : $"applications/{applicationId}/guilds/{guildId}/commands";
        var answer = await SendAsync(
            HttpMethod.Put,
            path,
            () => new StringContent(commandsJson, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
            JsonModels.DiscordJsonContext.Default.JsonElement,
            Auth.Bot,
            cancellationToken);
        return answer.ValueKind == JsonValueKind.Array ? answer.GetArrayLength() : 0;
    }
}
