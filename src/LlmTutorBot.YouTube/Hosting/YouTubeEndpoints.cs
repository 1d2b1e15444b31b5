using LlmTutorBot.YouTube.Files;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LlmTutorBot.YouTube.Hosting;

public static class YouTubeEndpoints
{
    /// <summary>GET /files/{id}/{name}: a result file (subtitles, bilingual text) while it has not expired.</summary>
    public static IEndpointRouteBuilder MapYouTubeFiles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/files/{id}/{name}", GetFileAsync).WithName("YouTubeFile").ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> GetFileAsync(string id, string name, ResultFileStore store)
    {
        var file = await store.GetAsync(id, name);
        return file is null
            ? Results.NotFound()
            : Results.File(file.Content.ToArray(), file.ContentType, file.FileName);
    }
}
