using System.IO.Compression;
using System.Text.Json.Nodes;
using LlmTutorBot.Teams.Manifest;
using LlmTutorBot.Tests.Infrastructure;
using NJsonSchema;

namespace LlmTutorBot.Tests.Teams;

/// <summary>
/// The app package the bot builds is valid against Microsoft's published schema for its manifest version (a copy under
/// Teams/Schemas, with its source). The committed manifest holds a placeholder for the app id, which the schema's
/// GUID pattern refuses by design: the package, with a real id, is what Teams receives.
/// </summary>
public sealed class TeamsManifestSchemaTests
{
    private const string AppId = "6c2e0fd1-5f54-4d6e-9d3b-1f1e8e3c7a11";
    private static readonly string Folder = Path.Combine(Checkout.Root, "manifests", "teams");
    private static readonly string SchemaFile = Path.Combine(Checkout.Root, "tests", "LlmTutorBot.Tests", "Teams", "Schemas", $"MicrosoftTeams.v{TeamsManifest.SchemaVersion}.schema.json");

    [Fact]
    public void The_manifest_names_the_schema_of_its_version_which_the_tests_hold()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, TeamsManifest.FileName)))!;

        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{TeamsManifest.SchemaVersion}/MicrosoftTeams.schema.json", manifest["$schema"]!.GetValue<string>());
        Assert.True(File.Exists(SchemaFile), $"{SchemaFile} is missing: copy the schema of manifest version {TeamsManifest.SchemaVersion} from microsoft/json-schemas (see Teams/Schemas/README.md).");
    }

    [Theory]
    [InlineData("")]
    [InlineData("bot.example.com,*.example.org")]
    public async Task The_app_package_manifest_is_valid_against_microsofts_schema(string domains)
    {
        string[] validDomains = domains.Split(',', StringSplitOptions.RemoveEmptyEntries);
        var schema = await JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(SchemaFile, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
        var committed = await File.ReadAllTextAsync(Path.Combine(Folder, TeamsManifest.FileName), TestContext.Current.CancellationToken);
        var package = TeamsManifest.Package(committed, AppId, TeamsIcons.Color(), TeamsIcons.Outline(), validDomains);

        var errors = schema.Validate(ManifestOf(package));

        Assert.True(errors.Count == 0, "The package's manifest breaks the schema: " + string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public async Task The_schema_check_finds_a_manifest_that_breaks_it()
    {
        var schema = await JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(SchemaFile, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
        var committed = await File.ReadAllTextAsync(Path.Combine(Folder, TeamsManifest.FileName), TestContext.Current.CancellationToken);

        var errors = schema.Validate(committed);

        Assert.Contains(errors, e => e.Path == "#/id" && e.Kind == NJsonSchema.Validation.ValidationErrorKind.PatternMismatch);
    }

    private static string ManifestOf(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry(TeamsManifest.FileName)!.Open());
        return reader.ReadToEnd();
    }
}
