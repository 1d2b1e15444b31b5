using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using LlmTutorBot.Core.Commands;

namespace LlmTutorBot.Teams.Manifest;

/// <summary>
/// The Teams app manifest (schema 1.30): one bot in the personal, team and groupChat scopes that sends and receives
/// files in personal chat (supportsFiles: FileConsentCard, file download info), whose commandLists come
/// from the command catalog (Teams shows at most 12), and the app package (manifest and icons in a zip) with the app id filled in.
/// </summary>
public static class TeamsManifest
{
    public const string SchemaVersion = "1.30";
    public const string AppIdPlaceholder = "${{MICROSOFT_APP_ID}}";
    public const string FileName = "manifest.json";
    public const int MaxCommands = 12;

    private static readonly string[] Scopes = ["personal", "team", "groupChat"];
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The manifest with the app id as a placeholder, as committed under manifests/teams.</summary>
    public static string Generate(CommandCatalog catalog, string botName = "LlmTutorBot")
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var manifest = new JsonObject
        {
            ["$schema"] = $"https://developer.microsoft.com/json-schemas/teams/v{SchemaVersion}/MicrosoftTeams.schema.json",
            ["manifestVersion"] = SchemaVersion,
            ["version"] = "1.0.0",
            ["id"] = AppIdPlaceholder,
            ["developer"] = new JsonObject
            {
                ["name"] = "LlmTutorBot",
                ["websiteUrl"] = "https://github.com/llmtutorbot/llmtutorbot",
                ["privacyUrl"] = "https://github.com/llmtutorbot/llmtutorbot#privacy",
                ["termsOfUseUrl"] = "https://github.com/llmtutorbot/llmtutorbot#terms",
            },
            ["icons"] = new JsonObject { ["color"] = TeamsIcons.ColorFileName, ["outline"] = TeamsIcons.OutlineFileName },
            ["name"] = new JsonObject { ["short"] = botName, ["full"] = $"{botName}: a tutor for learning about LLMs" },
            ["description"] = new JsonObject
            {
                ["short"] = "Answers questions about LLMs; translates and summarizes YouTube videos.",
                ["full"] = "A tutor for people learning about large language models, in English, French and Chinese. Ask it a question, or post a YouTube link to get its transcript translated or summarized in the thread. In a channel, @-mention it.",
            },
            ["accentColor"] = "#4B3FD8",
            ["bots"] = new JsonArray(new JsonObject
            {
                ["botId"] = AppIdPlaceholder,
                ["scopes"] = Array(Scopes),
                ["isNotificationOnly"] = false,
                ["supportsFiles"] = true,
                ["commandLists"] = CommandLists(catalog),
            }),
            ["permissions"] = Array(["identity", "messageTeamMembers"]),
            ["validDomains"] = new JsonArray(),
        };
        return manifest.ToJsonString(Indented) + "\n";
    }

    /// <summary>One list for every scope: each command's name as its title and its English description.</summary>
    public static JsonArray CommandLists(CommandCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var commands = new JsonArray();
        foreach (var command in catalog.Commands.Take(MaxCommands))
        {
            commands.Add(new JsonObject { ["title"] = command.Name, ["description"] = command.Description.En });
        }

        return new JsonArray(new JsonObject { ["scopes"] = Array(Scopes), ["commands"] = commands });
    }

    /// <summary>The app package: the manifest with <paramref name="appId"/> as app and bot id (and extra valid domains), plus the icons.</summary>
    public static byte[] Package(string manifestJson, string appId, byte[] colorIcon, byte[] outlineIcon, IReadOnlyList<string>? validDomains = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(appId);
        var manifest = JsonNode.Parse(manifestJson.Replace(AppIdPlaceholder, appId, StringComparison.Ordinal))!.AsObject();
        if (validDomains is { Count: > 0 })
        {
            manifest["validDomains"] = Array([.. validDomains]);
        }

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, FileName, System.Text.Encoding.UTF8.GetBytes(manifest.ToJsonString(Indented)));
            Add(zip, TeamsIcons.ColorFileName, colorIcon);
            Add(zip, TeamsIcons.OutlineFileName, outlineIcon);
        }

        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        stream.Write(content);
    }

    private static JsonArray Array(string[] values) => new([.. values.Select(v => (JsonNode)v)]);
}
