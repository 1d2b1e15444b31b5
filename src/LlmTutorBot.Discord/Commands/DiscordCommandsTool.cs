using LlmTutorBot.Core.Commands;
using LlmTutorBot.Discord.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Discord.Commands;

/// <summary>
/// The "discord" operator command: <c>register-commands [--guild &lt;id&gt;]</c> replaces the application's
/// commands with the catalog's (globally, or in one guild, where changes show at once); <c>export-commands
/// [--out &lt;file&gt;]</c> prints or writes the same JSON (manifests/discord/commands.json).
/// </summary>
public static class DiscordCommandsTool
{
    public const string Verb = "discord";

    public const string Usage = """
          LlmTutorBot discord register-commands [--guild <id>]   register the slash commands with Discord (needs Discord:BotToken and Discord:ApplicationId)
          LlmTutorBot discord export-commands [--out <file>]     print (or write) the commands' JSON, as in manifests/discord/commands.json
        """;

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var catalog = services.GetRequiredService<CommandCatalog>();
        var json = DiscordCommandManifest.Generate(catalog);
        switch (args)
        {
            case ["export-commands"]:
                await output.WriteAsync(json);
                return 0;
            case ["export-commands", "--out", var path]:
                try
                {
                    await File.WriteAllTextAsync(path, json, cancellationToken);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    await error.WriteLineAsync($"Could not write {Path.GetFullPath(path)}: {exception.Message}");
                    return 1;
                }

                await output.WriteLineAsync($"Wrote {Path.GetFullPath(path)}.");
                return 0;
            case ["register-commands"]:
                return await RegisterAsync(services, guildId: null, json, output, error, cancellationToken);
            case ["register-commands", "--guild", var guild] when guild.Length > 0 && guild.All(char.IsAsciiDigit):
                // A guild's commands take no integration_types or contexts (global-only fields).
                return await RegisterAsync(services, guild, DiscordCommandManifest.Generate(catalog, guild: true), output, error, cancellationToken);
            default:
                await error.WriteLineAsync($"Unknown or incomplete discord command.\n\nUsage:\n{Usage}");
                return 2;
        }
    }

    private static async Task<int> RegisterAsync(IServiceProvider services, string? guildId, string json, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<IOptions<DiscordOptions>>().Value;
        if (!options.HasBotToken || string.IsNullOrWhiteSpace(options.ApplicationId))
        {
            await error.WriteLineAsync("Set Discord:BotToken and Discord:ApplicationId (for example as the environment variables Discord__BotToken and Discord__ApplicationId) to register commands.");
            return 1;
        }

        try
        {
            var count = await services.GetRequiredService<DiscordRestClient>().BulkOverwriteCommandsAsync(options.ApplicationId, guildId, json, cancellationToken);
            await output.WriteLineAsync(guildId is null
                ? $"Registered {count} commands globally (Discord may take a while to show changes everywhere)."
                : $"Registered {count} commands in guild {guildId}.");
            return 0;
        }
        catch (Exception exception) when (exception is DiscordRestException or HttpRequestException or TaskCanceledException)
        {
            await error.WriteLineAsync($"Discord refused the commands: {exception.Message}");
            return 1;
        }
    }
}
