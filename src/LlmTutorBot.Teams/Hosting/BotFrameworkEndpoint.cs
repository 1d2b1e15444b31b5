using System.Text.Json;
using LlmTutorBot.Core.Hosting;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.Teams.Activities;
using LlmTutorBot.Teams.Auth;
using LlmTutorBot.Teams.Inbound;
using LlmTutorBot.Teams.Rendering;
using LlmTutorBot.Teams.Turns;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Teams.Hosting;

/// <summary>
/// POST /api/messages: size limit (413), token (401), JSON (400), endorsement and serviceurl (403/401), then the
/// activity is queued and the request answered at once (202; invokes 200 with their body, unknown invokes 501).
/// A second delivery of the same activity id gets the same answer and no second reply.
/// </summary>
public sealed class BotFrameworkEndpoint(
    InboundAuthenticator authenticator,
    BackgroundTurns turns,
    TeamsTurnRunner runner,
    IActivityDeduplicator deduplicator,
    TeamsInvokes invokes,
    IOptions<BotFrameworkOptions> options,
    IOptions<BotOptions> bot,
    ILogger<BotFrameworkEndpoint> logger)
{
    public async Task<IResult> HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var cancellationToken = http.RequestAborted;
        var body = await RequestBody.ReadAsync(http.Request, options.Value.MaxRequestBytes, cancellationToken);
        if (body is null)
        {
            return Refuse(http, StatusCodes.Status413PayloadTooLarge, $"The activity is larger than {options.Value.MaxRequestBytes} bytes.");
        }

        var outcome = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null, LoopbackCaller.IsDirect(http), cancellationToken);
        if (!outcome.Accepted)
        {
            return Refuse(http, outcome.StatusCode, outcome.Problem!);
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body, BotFrameworkJsonContext.Default.Activity);
        }
        catch (JsonException)
        {
            activity = null;
        }

        if (activity?.Type is null)
        {
            return Refuse(http, StatusCodes.Status400BadRequest, "The body is not a Bot Framework activity (JSON with a type).");
        }

        outcome = InboundAuthenticator.Authorize(outcome, activity);
        if (!outcome.Accepted)
        {
            return Refuse(http, outcome.StatusCode, outcome.Problem!);
        }

        var conversion = ActivityConverter.Convert(activity);
        var language = BotLanguages.FromLocale(conversion.Message?.Locale ?? activity.Locale) ?? bot.Value.DefaultLanguage;
        if (conversion.Kind is ActivityKind.FileConsent or ActivityKind.Feedback)
        {
            return await invokes.HandleAsync(conversion, cancellationToken);
        }

        if (conversion.Kind == ActivityKind.Ignored)
        {
            TeamsLog.ActivityIgnored(logger, conversion.Reason ?? "");
            return conversion switch
            {
                { IsCardAction: true } => CardActionResponse(400, AdaptiveCardInvokeResponse.ErrorType, JsonSerializer.SerializeToElement(new InvokeError("BadRequest", TeamsText.ButtonWithoutCommand[language]), BotFrameworkJsonContext.Default.InvokeError)),
                { IsInvoke: true } => Results.Problem(statusCode: StatusCodes.Status501NotImplemented, detail: $"The bot does not handle the invoke '{activity.Name}'."),
                _ => Results.Ok(),
            };
        }

        var first = activity.Id is not { Length: > 0 } id
            || await deduplicator.TryClaimAsync("teams", $"{activity.Conversation?.Id}|{id}", options.Value.DuplicateWindow, cancellationToken);
        if (!first)
        {
            TeamsLog.DuplicateActivity(logger, activity.Id!);
        }
        else if (!turns.TryEnqueue(ct => runner.RunAsync(conversion, ct)))
        {
            TeamsLog.QueueFull(logger, turns.Capacity);
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, detail: "The bot is busy; the activity was not accepted.");
        }

        return conversion.IsCardAction
            ? CardActionResponse(200, AdaptiveCardInvokeResponse.MessageType, JsonSerializer.SerializeToElement(TeamsText.Working[language], BotFrameworkJsonContext.Default.String))
            : Results.Accepted();
    }

    private static IResult CardActionResponse(int status, string type, JsonElement value) =>
        Results.Json(new AdaptiveCardInvokeResponse(status, type, value), BotFrameworkJsonContext.Default.AdaptiveCardInvokeResponse);

    private IResult Refuse(HttpContext http, int status, string problem)
    {
        TeamsLog.ActivityRefused(logger, http.Request.Path, status, problem);
        return Results.Problem(statusCode: status, detail: problem);
    }
}
