using System.Globalization;
using LlmTutorBot.Core.Commands;
using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.Redis.Connection;
using LlmTutorBot.Redis.State;
using LlmTutorBot.Teams.Feedback;
using LlmTutorBot.Teams.Manifest;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Cli;

/// <summary>
/// "teams manifest": writes manifests/teams (manifest.json from the command catalog, and the icons);
/// "teams package --app-id &lt;id&gt;": zips them into the app package with the app id filled in;
/// "teams feedback [--count N]": the feedback users gave on the bot's answers, as JSON lines, newest first.
/// </summary>
internal sealed class TeamsCliTool : ICliTool
{
    private const string DefaultDirectory = "manifests/teams";

    public string Verb => "teams";

    public string Usage =>
        """
          teams manifest [--dir manifests/teams]                 Write the Teams manifest (commands from the catalog) and icons.
          teams package --app-id <id> [--out file.zip] [--dir manifests/teams] [--domain host]...
                                                                 Zip the manifest and icons with the bot's app id filled in.
          teams feedback [--count 20]                            The feedback (thumbs up/down, comment) on the bot's answers, JSON lines, newest first.
        """;

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var options = Options(args.Skip(1).ToList());
        if (options is null || args.Count == 0)
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        var directory = options.GetValueOrDefault("--dir")?.FirstOrDefault() ?? FindDefaultDirectory();
        switch (args[0])
        {
            case "manifest":
                Directory.CreateDirectory(directory);
                var manifest = TeamsManifest.Generate(services.GetRequiredService<CommandCatalog>(), services.GetRequiredService<IOptions<BotOptions>>().Value.Name);
                await File.WriteAllTextAsync(Path.Combine(directory, TeamsManifest.FileName), manifest, cancellationToken);
                await File.WriteAllBytesAsync(Path.Combine(directory, TeamsIcons.ColorFileName), TeamsIcons.Color(), cancellationToken);
                await File.WriteAllBytesAsync(Path.Combine(directory, TeamsIcons.OutlineFileName), TeamsIcons.Outline(), cancellationToken);
                await output.WriteLineAsync($"Wrote {TeamsManifest.FileName}, {TeamsIcons.ColorFileName} and {TeamsIcons.OutlineFileName} in {directory}.");
                return 0;

            case "package":
                if (options.GetValueOrDefault("--app-id")?.FirstOrDefault() is not { Length: > 0 } appId || !Guid.TryParse(appId, out _))
                {
                    await error.WriteLineAsync("teams package needs --app-id <the bot's Microsoft App ID, a GUID>.");
                    return 2;
                }

                var manifestPath = Path.Combine(directory, TeamsManifest.FileName);
                if (!File.Exists(manifestPath))
                {
                    await error.WriteLineAsync($"{manifestPath} does not exist: run 'teams manifest' first, or give --dir.");
                    return 1;
                }

                var package = TeamsManifest.Package(
                    await File.ReadAllTextAsync(manifestPath, cancellationToken),
                    appId,
                    await File.ReadAllBytesAsync(Path.Combine(directory, TeamsIcons.ColorFileName), cancellationToken),
                    await File.ReadAllBytesAsync(Path.Combine(directory, TeamsIcons.OutlineFileName), cancellationToken),
                    options.GetValueOrDefault("--domain"));
                var outPath = options.GetValueOrDefault("--out")?.FirstOrDefault() ?? "llmtutorbot-teams.zip";
                await File.WriteAllBytesAsync(outPath, package, cancellationToken);
                await output.WriteLineAsync($"Wrote {outPath}: upload it in Teams (Apps > Manage your apps > Upload an app).");
                return 0;

            case "feedback":
                var count = options.GetValueOrDefault("--count")?.FirstOrDefault() is { } n && int.TryParse(n, CultureInfo.InvariantCulture, out var c) && c > 0 ? c : 20;
                var database = await services.GetRequiredService<RedisConnection>().GetDatabaseAsync();
                var lines = await database.ListRangeAsync(services.GetRequiredService<RedisKeys>().Log(TeamsFeedbackStore.LogName), 0, count - 1);
                foreach (var line in lines)
                {
                    await output.WriteLineAsync(line.ToString());
                }

                return 0;

            default:
                await error.WriteLineAsync(Usage);
                return 2;
        }
    }

    /// <summary>manifests/teams of the checkout the command runs in (dotnet run starts in the project folder), else under the current folder.</summary>
    private static string FindDefaultDirectory()
    {
        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "LlmTutorBot.sln")))
            {
                return Path.Combine(folder.FullName, DefaultDirectory);
            }
        }

        return DefaultDirectory;
    }

    /// <summary>"--name value" pairs; a name may repeat. Null when a name has no value.</summary>
    private static Dictionary<string, List<string>>? Options(List<string> args)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                return null;
            }

            if (!result.TryGetValue(args[i], out var values))
            {
                result[args[i]] = values = [];
            }

            values.Add(args[i + 1]);
        }

        return result;
    }
}
