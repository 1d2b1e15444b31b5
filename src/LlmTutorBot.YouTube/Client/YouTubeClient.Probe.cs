using LlmTutorBot.YouTube.Links;
using LlmTutorBot.YouTube.Player;

namespace LlmTutorBot.YouTube.Client;

public sealed partial class YouTubeClient
{
    /// <summary>One player request per client, in the order the bot tries them, for <c>doctor</c>.</summary>
    public async Task<IReadOnlyList<(string Client, PlayerResult Result)>> ProbeClientsAsync(VideoId id, CancellationToken cancellationToken)
    {
        List<(string, PlayerResult)> results = [];
        foreach (var client in InnerTubeClient.InOrder)
        {
            results.Add((client.Name, await RequestPlayerAsync(client, id, visitorData: null, cancellationToken)));
        }

        return results;
    }
}
