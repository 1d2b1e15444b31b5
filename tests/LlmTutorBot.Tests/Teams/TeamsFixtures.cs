using System.Text.Json;
using LlmTutorBot.Teams.Activities;
using LlmTutorBot.Tests.Infrastructure;

namespace LlmTutorBot.Tests.Teams;

/// <summary>The recorded Teams activities in ../shared/fixtures/teams, read through the bot's own JSON context.</summary>
internal static class TeamsFixtures
{
    public const string Recordings2019 = "botbuilder-js-recordings-2019";
    public const string TeamsNet2025 = "teams.net-2025-2026";

    public static Activity Read(string folder, string file) =>
        JsonSerializer.Deserialize(SharedFixtures.ReadText("teams", folder, file), BotFrameworkJsonContext.Default.Activity)!;

    public static string Text(string folder, string file) => SharedFixtures.ReadText("teams", folder, file);
}
