using System.Net;
using LlmTutorBot.Core.Doctor;
using LlmTutorBot.Discord.Rest;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Discord.Gateway;

/// <summary>Discord: the token's bot user (GET /users/@me), the gateway (GET /gateway/bot) and the Message Content intent (GET /applications/@me).</summary>
internal sealed class DiscordDoctorCheck(IOptions<DiscordOptions> options, DiscordRestClient rest) : IDoctorCheck
{
    public int Order => 40;

    public async Task<IReadOnlyList<DoctorFinding>> RunAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.HasBotToken)
        {
            return [DoctorFinding.NotConfigured("Discord", "Discord:BotToken is empty")];
        }

        try
        {
            var user = await rest.GetCurrentUserAsync(cancellationToken);
            List<DoctorFinding> findings = [DoctorFinding.Pass("Discord bot", $"the token belongs to {user.Username ?? "?"} (id {user.Id}{(user.Bot == true ? ", a bot" : "")})")];
            var gateway = await rest.GetGatewayBotAsync(cancellationToken);
            findings.Add(gateway.SessionStartLimit.Remaining > 0
                ? DoctorFinding.Pass("Discord gateway", $"{gateway.Url}, {gateway.Shards} shard{(gateway.Shards == 1 ? "" : "s")} recommended, {gateway.SessionStartLimit.Remaining} of {gateway.SessionStartLimit.Total} session starts left today")
                : DoctorFinding.Fail("Discord gateway", $"{gateway.Url}: no session start left today (resets in {TimeSpan.FromMilliseconds(gateway.SessionStartLimit.ResetAfter):hh\\:mm})", "wait for the reset; fix what makes the bot reconnect so often"));
            var application = await rest.GetCurrentApplicationAsync(cancellationToken);
            findings.Add(application.HasMessageContentIntent
                ? DoctorFinding.Pass("Discord intents", $"application {application.Name ?? application.Id} has the Message Content intent the bot asks for")
                : DoctorFinding.Fail("Discord intents", $"application {application.Name ?? application.Id} lacks the Message Content intent: the gateway would close with 4014", "enable it in the Developer Portal: Bot → Privileged Gateway Intents → Message Content"));
            return findings;
        }
        catch (DiscordRestException exception) when (exception.Status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            return [DoctorFinding.Fail("Discord bot", $"Discord refuses the token ({(int)exception.Status})", "copy a fresh token from the Developer Portal (Bot → Reset Token) into Discord:BotToken")];
        }
        catch (Exception exception) when (exception is DiscordRestException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return [DoctorFinding.Fail("Discord", $"{options.Value.ApiBaseUrl.Authority} did not answer as expected ({exception.Message})", "check Discord:ApiBaseUrl and the network path to it")];
        }
    }
}
