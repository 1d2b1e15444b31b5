using LlmTutorBot.Teams.Feedback;
using LlmTutorBot.Teams.Files;
using LlmTutorBot.Teams.Inbound;
using LlmTutorBot.Teams.Turns;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace LlmTutorBot.Teams.Hosting;

/// <summary>
/// The invokes answered from Redis before the HTTP response: a file consent (the offer is checked and taken, the upload
/// or the polite reply queued) and feedback (checked against the messages the bot sent, then stored). A refusal is a
/// 400 with the reason, and nothing is written; Redis down is a 503.
/// </summary>
public sealed class TeamsInvokes(TeamsFileOffers offers, TeamsFeedbackStore feedback, BackgroundTurns turns, TeamsTurnRunner runner, ILogger<TeamsInvokes> logger)
{
    public async Task<IResult> HandleAsync(ActivityConversion conversion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversion);
        if (conversion.Reference is not { } reference || conversion.Message is not { } message)
        {
            return Refuse("invoke", "The invoke has no conversation to answer in.");
        }

        try
        {
            return conversion switch
            {
                { Kind: ActivityKind.FileConsent, FileConsent: { } answer } => await FileConsentAsync(reference, answer, cancellationToken),
                { Kind: ActivityKind.Feedback, Feedback: { } rating } =>
                    await feedback.RecordAsync(reference.ConversationId, message.User.Id, message.User.DisplayName, rating, cancellationToken) is { } refused
                        ? Refuse("feedback", refused)
                        : Results.Ok(),
                _ => Refuse("invoke", "The invoke carries nothing the bot can read."),
            };
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, detail: "The bot's storage is unavailable for a moment; try again.");
        }
    }

    private async Task<IResult> FileConsentAsync(Connector.ConversationReference reference, FileConsentAnswer answer, CancellationToken cancellationToken)
    {
        var outcome = await offers.TakeAsync(reference.ConversationId, answer, cancellationToken);
        if (outcome.Offer is not { } offer)
        {
            return Refuse("fileConsent", outcome.Refusal!);
        }

        var queued = answer.Accepted
            ? turns.TryEnqueue(ct => runner.AcceptFileAsync(reference, offer, answer.Upload!, ct))
            : turns.TryEnqueue(ct => runner.DeclineFileAsync(reference, offer, ct));
        return queued ? Results.Ok() : Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, detail: "The bot is busy; the answer was not accepted.");
    }

    private IResult Refuse(string invoke, string reason)
    {
        TeamsLog.InvokeRefused(logger, invoke, reason);
        return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: reason);
    }
}
