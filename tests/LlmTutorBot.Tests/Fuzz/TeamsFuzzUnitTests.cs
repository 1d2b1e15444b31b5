using System.Text.Json;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Teams.Activities;
using LlmTutorBot.Teams.Auth;
using LlmTutorBot.Teams.Inbound;

namespace LlmTutorBot.Tests.Fuzz;

/// <summary>
/// Mutated Bot Framework activities through what /api/messages does with a body: deserialization may refuse it with a
/// JsonException (answered 400), and whatever it accepts is authorized and converted without any exception.
/// </summary>
public sealed class TeamsFuzzUnitTests
{
    private static readonly IReadOnlyList<string> Seeds = FuzzSeeds.WithFixtures(
        FuzzSeeds.TeamsActivities, "*.activity.json", ["teams", "botbuilder-js-recordings-2019"], ["teams", "teams.net-2025-2026"]);

    [Fact]
    public void Mutated_activities_are_refused_as_bad_json_or_converted_without_an_exception()
    {
        var accepted = 0;
        Fuzz.Run(
            "Teams activity",
            4000,
            fuzz => fuzz.MutateJsonBytes(fuzz.Pick(Seeds)),
            body =>
            {
                if (Read(body) is not { Type: not null } activity)
                {
                    return;
                }

                accepted++;
                var endorsed = new AuthOutcome(200, null, ["msteams"], FuzzSeeds.TeamsServiceUrl);
                _ = InboundAuthenticator.Authorize(endorsed, activity);
                var conversion = ActivityConverter.Convert(activity);
                _ = BotLanguages.FromLocale(conversion.Message?.Locale ?? activity.Locale);
            },
            body => System.Text.Encoding.UTF8.GetString(body));

        Assert.True(accepted > 100, $"Only {accepted} mutated activities parsed: the mutations are too destructive to reach the converter.");
    }

    private static Activity? Read(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, BotFrameworkJsonContext.Default.Activity);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
