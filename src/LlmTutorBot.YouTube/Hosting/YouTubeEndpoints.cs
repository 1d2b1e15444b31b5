using LlmTutorBot.Core.Caching;
using LlmTutorBot.Core.Replies;
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

    private static async Task<IResult> GetFileAsync(string id, string name, ResultFileStore store, CancellationToken cancellationToken)
    {
        ReplyFile? file;
        try
        {
            file = await store.GetAsync(id, name, cancellationToken);
        }
        catch (StoreUnavailableException)
        {
            // Redis is down: the file may well exist, so not 404 (and not a 500 with a stack trace).
            return Results.Text("Result files are unavailable for a moment: try the link again shortly.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        return file is null
            ? Results.Text("This file does not exist or its link has expired: ask the bot again.", statusCode: StatusCodes.Status404NotFound)
            : Results.File(file.Content.ToArray(), file.ContentType, file.FileName);
    }
}
