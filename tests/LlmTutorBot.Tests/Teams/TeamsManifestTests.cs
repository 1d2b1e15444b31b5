using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using LlmTutorBot.Core.Commands;
using LlmTutorBot.Core.Localization;
using LlmTutorBot.Teams.Manifest;
using LlmTutorBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LlmTutorBot.Tests.Teams;

/// <summary>manifests/teams stays in step with the bot's command catalog (every feature's commands, as the host registers them).</summary>
public sealed class TeamsManifestTests(RedisFixture redis)
{
    private static readonly string Folder = Path.Combine(Checkout.Root, "manifests", "teams");

    [Fact]
    public async Task The_committed_manifest_lists_the_commands_of_the_catalog()
    {
        var catalog = await HostCatalogAsync();
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Folder, TeamsManifest.FileName), TestContext.Current.CancellationToken))!;

        var expected = TeamsManifest.CommandLists(catalog).ToJsonString();
        var actual = committed["bots"]![0]!["commandLists"]!.ToJsonString();

        Assert.True(expected == actual, "manifests/teams/manifest.json is out of step with the command catalog: run `dotnet run --project src/LlmTutorBot -- teams manifest`.");
    }

    [Fact]
    public async Task The_committed_manifest_is_the_generated_one()
    {
        var catalog = await HostCatalogAsync();

        var committed = await File.ReadAllTextAsync(Path.Combine(Folder, TeamsManifest.FileName), TestContext.Current.CancellationToken);

        Assert.Equal(TeamsManifest.Generate(catalog), committed);
    }

    [Fact]
    public void The_manifest_has_one_bot_in_the_three_scopes_with_at_most_twelve_commands()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, TeamsManifest.FileName)))!;

        var bot = Assert.Single(manifest["bots"]!.AsArray())!;
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.InRange(bot["commandLists"]![0]!["commands"]!.AsArray().Count, 1, TeamsManifest.MaxCommands);
        Assert.Equal(TeamsManifest.SchemaVersion, manifest["manifestVersion"]!.GetValue<string>());
    }

    [Fact]
    public void The_committed_icons_are_a_192_color_png_and_a_32_outline_png()
    {
        Assert.Equal((192, 192), PngWriter.Size(File.ReadAllBytes(Path.Combine(Folder, TeamsIcons.ColorFileName))));
        Assert.Equal((32, 32), PngWriter.Size(File.ReadAllBytes(Path.Combine(Folder, TeamsIcons.OutlineFileName))));
        Assert.Equal(TeamsIcons.Color(), File.ReadAllBytes(Path.Combine(Folder, TeamsIcons.ColorFileName)));
    }

    [Fact]
    public void The_package_holds_the_manifest_with_the_app_id_and_the_icons()
    {
        var appId = "6c2e0fd1-5f54-4d6e-9d3b-1f1e8e3c7a11";

        var package = TeamsManifest.Package(File.ReadAllText(Path.Combine(Folder, TeamsManifest.FileName)), appId, TeamsIcons.Color(), TeamsIcons.Outline(), ["bot.example.com"]);
        using var zip = new ZipArchive(new MemoryStream(package));
        using var manifest = JsonDocument.Parse(zip.GetEntry(TeamsManifest.FileName)!.Open());

        Assert.Equal(["manifest.json", "color.png", "outline.png"], zip.Entries.Select(e => e.FullName));
        Assert.Equal(appId, manifest.RootElement.GetProperty("id").GetString());
        Assert.Equal(appId, manifest.RootElement.GetProperty("bots")[0].GetProperty("botId").GetString());
        Assert.Equal("bot.example.com", manifest.RootElement.GetProperty("validDomains")[0].GetString());
        Assert.DoesNotContain("${{", zip.GetEntry(TeamsManifest.FileName)!.Open().ReadAllText(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_command_in_the_catalog_changes_the_command_lists()
    {
        var before = new CommandCatalog([new CommandDefinition("help", LocalizedText.Invariant("Help"))]);
        var after = new CommandCatalog([.. before.Commands, new CommandDefinition("ask", LocalizedText.Invariant("Ask the FAQ"))]);

        Assert.NotEqual(TeamsManifest.CommandLists(before).ToJsonString(), TeamsManifest.CommandLists(after).ToJsonString());
        Assert.Contains("\"title\":\"ask\"", TeamsManifest.CommandLists(after).ToJsonString(), StringComparison.Ordinal);
    }

    private async Task<CommandCatalog> HostCatalogAsync()
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("ConnectionStrings:Redis", redis.ConnectionString));
        return factory.Services.GetRequiredService<CommandCatalog>();
    }

}

internal static class StreamText
{
    public static string ReadAllText(this Stream stream)
    {
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
