using LlmTutorBot.Cli;
using LlmTutorBot.Core.Commands;
using LlmTutorBot.Discord.Commands;
using LlmTutorBot.Tests.Discord.Fakes;
using LlmTutorBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LlmTutorBot.Tests.Discord;

/// <summary>manifests/discord/commands.json and the "discord" CLI command, from the catalog the bot really wires.</summary>
public sealed class DiscordCommandsManifestTests(RedisFixture redis)
{
    /// <summary>Set to 1 to rewrite the manifest from the catalog instead of failing.</summary>
    public const string UpdateVariable = "LLMTUTORBOT_UPDATE_MANIFESTS";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_committed_commands_json_is_the_one_the_catalog_generates()
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ConnectionStrings:Redis", redis.ConnectionString);
            builder.UseSetting("State:KeyPrefix", RedisFixture.UniquePrefix());
        });
        var generated = DiscordCommandManifest.Generate(factory.Services.GetRequiredService<CommandCatalog>());
        var path = Path.Combine(Checkout.Root, "manifests", "discord", "commands.json");

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(path, generated, Cancel);
        }

        var committed = File.Exists(path) ? await File.ReadAllTextAsync(path, Cancel) : "";
        Assert.True(
            committed == generated,
            $"manifests/discord/commands.json differs from the command catalog. Regenerate it with\n  dotnet run --project src/LlmTutorBot -- discord export-commands --out \"$PWD/manifests/discord/commands.json\"\nor run the tests with {UpdateVariable}=1.");
    }

    [Fact]
    public void The_cli_knows_the_discord_command()
    {
        Assert.NotNull(CliTools.Find("discord"));
        Assert.Contains("register-commands", CliApplication.Usage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_commands_puts_the_generated_json_in_one_guild()
    {
        await using var rest = await FakeDiscordRest.StartAsync();
        await using var services = DiscordTestServices.Build(rest, new FakeTimeProvider());
        using var output = new StringWriter();

        var exit = await DiscordCommandsTool.RunAsync(services, ["register-commands", "--guild", "300"], output, TextWriter.Null, Cancel);

        Assert.Equal(0, exit);
        var put = Assert.Single(rest.Requests);
        Assert.Equal(("PUT", "/applications/352205866889641984/guilds/300/commands"), (put.Method, put.Path));
        Assert.Equal(DiscordCommandManifest.Generate(services.GetRequiredService<CommandCatalog>(), guild: true), put.Json);
        Assert.DoesNotContain("integration_types", put.Json, StringComparison.Ordinal);
        Assert.Equal($"Bot {DiscordTestServices.BotToken}", put.Header("Authorization"));
        Assert.Contains("Registered 3 commands in guild 300", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_commands_without_a_guild_replaces_the_global_commands()
    {
        await using var rest = await FakeDiscordRest.StartAsync();
        await using var services = DiscordTestServices.Build(rest, new FakeTimeProvider());

        var exit = await DiscordCommandsTool.RunAsync(services, ["register-commands"], TextWriter.Null, TextWriter.Null, Cancel);

        Assert.Equal(0, exit);
        Assert.Equal("/applications/352205866889641984/commands", Assert.Single(rest.Requests).Path);
    }

    [Fact]
    public async Task Register_commands_without_a_token_says_which_settings_are_missing()
    {
        await using var rest = await FakeDiscordRest.StartAsync();
        await using var services = DiscordTestServices.Build(rest, new FakeTimeProvider(), new Dictionary<string, string?> { ["Discord:BotToken"] = "" });
        using var error = new StringWriter();

        var exit = await DiscordCommandsTool.RunAsync(services, ["register-commands"], TextWriter.Null, error, Cancel);

        Assert.Equal(1, exit);
        Assert.Contains("Discord:BotToken", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(rest.Requests);
    }

    [Fact]
    public async Task Export_commands_prints_the_json_and_bad_arguments_exit_2()
    {
        await using var rest = await FakeDiscordRest.StartAsync();
        await using var services = DiscordTestServices.Build(rest, new FakeTimeProvider());
        using var output = new StringWriter();

        Assert.Equal(0, await DiscordCommandsTool.RunAsync(services, ["export-commands"], output, TextWriter.Null, Cancel));
        Assert.Equal(2, await DiscordCommandsTool.RunAsync(services, ["register-commands", "--guild"], TextWriter.Null, TextWriter.Null, Cancel));
        Assert.StartsWith("[\n  {\n    \"name\": \"help\"", output.ToString(), StringComparison.Ordinal);
    }
}
