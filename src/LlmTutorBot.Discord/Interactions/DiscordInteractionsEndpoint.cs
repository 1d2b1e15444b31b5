using System.Text.Json;
using LlmTutorBot.Core.Hosting;
using LlmTutorBot.Discord.JsonModels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Discord.Interactions;

/// <summary>
/// <c>POST /api/discord/interactions</c>, for deployments that receive interactions over HTTP: the signature and its
/// age are checked first (401 otherwise), then the interaction is answered as on the gateway. 404 while
/// <c>Discord:PublicKey</c> and <c>Discord:ApplicationId</c> are not set or <c>Discord:InteractionsEnabled</c> is false.
/// </summary>
public static class DiscordInteractionsEndpoint
{
    public const string Path = "/api/discord/interactions";

    private const int MaxBodyBytes = 512 * 1024;

    public static IEndpointRouteBuilder MapDiscordInteractions(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, (Delegate)HandleAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var options = services.GetRequiredService<IOptions<DiscordOptions>>().Value;
        if (!options.InteractionsConfigured)
        {
            return Results.NotFound();
        }

        var logger = services.GetRequiredService<ILogger<DiscordInteractionHandler>>();
        var body = await RequestBody.ReadAsync(context.Request, MaxBodyBytes, context.RequestAborted);
        if (body is null)
        {
            return Results.Text($"the interaction is larger than {MaxBodyBytes} bytes", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        var timestamp = context.Request.Headers["X-Signature-Timestamp"].ToString();
        var signature = context.Request.Headers["X-Signature-Ed25519"].ToString();
        if (!services.GetRequiredService<InteractionSignatureProvider>().Current.Verify(timestamp, signature, body))
        {
            DiscordLog.InteractionRefused(logger, "invalid signature");
            return Results.Text("invalid request signature", statusCode: StatusCodes.Status401Unauthorized);
        }

        if (!InteractionSignature.IsFresh(timestamp, services.GetRequiredService<TimeProvider>().GetUtcNow(), options.MaxSignatureAge))
        {
            DiscordLog.InteractionRefused(logger, "stale timestamp");
            return Results.Text("stale request timestamp", statusCode: StatusCodes.Status401Unauthorized);
        }

        Interaction? interaction;
        try
        {
            interaction = JsonSerializer.Deserialize(body, DiscordJsonContext.Default.Interaction);
        }
        catch (JsonException)
        {
            interaction = null;
        }

        if (interaction is null)
        {
            return Results.Text("the body is not an interaction (JSON object)", statusCode: StatusCodes.Status400BadRequest);
        }

        var response = await services.GetRequiredService<DiscordInteractionHandler>().HandleAsync(interaction, inline: true, context.RequestAborted);
        return response is null
            ? Results.StatusCode(StatusCodes.Status202Accepted)
            : Results.Json(response, DiscordJsonContext.Default.InteractionResponse);
    }
}
