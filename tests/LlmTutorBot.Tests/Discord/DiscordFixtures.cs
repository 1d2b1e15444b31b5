using LlmTutorBot.Discord.Gateway;
using LlmTutorBot.Discord.JsonModels;
using LlmTutorBot.Tests.Infrastructure;

namespace LlmTutorBot.Tests.Discord;

/// <summary>The recorded Discord frames in ../shared/fixtures/discord.</summary>
internal static class DiscordFixtures
{
    public static string Json(string folder, string file) => SharedFixtures.ReadText("discord", folder, file);

    public static GatewayPayload Discord4j(string file) => GatewayFrames.Parse(Json("discord4j-discord-json", file));

    public static T Data<T>(string file, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        GatewayFrames.Data(Discord4j(file), type);
}
