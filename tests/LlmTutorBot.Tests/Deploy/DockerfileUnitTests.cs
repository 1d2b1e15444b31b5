using System.Text.RegularExpressions;

namespace LlmTutorBot.Tests.Deploy;

/// <summary>deploy/Dockerfile and .dockerignore, checked statically (no Docker engine here).</summary>
public sealed partial class DockerfileUnitTests
{
    private static readonly string[] Lines = Instructions(DeployFiles.Read("Dockerfile"));

    private static readonly string[] RootUsers = ["root", "0"];

    [Fact]
    public void It_builds_with_the_sdk_and_runs_on_the_aspnet_10_runtime_in_a_second_stage()
    {
        var stages = Lines.Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, stages.Count);
        Assert.Matches(@"^FROM mcr\.microsoft\.com/dotnet/sdk:10\.0\S* AS build$", stages[0]);
        Assert.Matches(@"^FROM mcr\.microsoft\.com/dotnet/aspnet:10\.0\S* AS runtime$", stages[1]);
        Assert.Contains(Lines, l => l.StartsWith("COPY --from=build /app", StringComparison.Ordinal));
    }

    [Fact]
    public void It_restores_every_project_of_the_host_and_publishes_the_host()
    {
        var hostProjects = Directory.EnumerateFiles(Path.Combine(DeployFiles.Root, "src"), "*.csproj", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(DeployFiles.Root, p).Replace('\\', '/'))
            .ToList();

        Assert.NotEmpty(hostProjects);
        Assert.All(hostProjects, project => Assert.Contains(Lines, l => l.StartsWith($"COPY {project} ", StringComparison.Ordinal)));
        Assert.Contains("RUN dotnet restore src/LlmTutorBot/LlmTutorBot.csproj", Lines);
        Assert.Contains(Lines, l => l.StartsWith("RUN dotnet publish src/LlmTutorBot/LlmTutorBot.csproj", StringComparison.Ordinal) && l.Contains("--output /app", StringComparison.Ordinal));
        Assert.Contains(Lines, l => l.StartsWith("COPY ", StringComparison.Ordinal) && l.Contains("Directory.Packages.props", StringComparison.Ordinal));
    }

    [Fact]
    public void The_runtime_stage_runs_as_a_non_root_user()
    {
        var runtime = RuntimeStage();
        var user = Assert.Single(runtime, l => l.StartsWith("USER ", StringComparison.Ordinal))["USER ".Length..].Trim();

        Assert.DoesNotContain(user.Split(':')[0], RootUsers);
        Assert.True(user == "$APP_UID" || user == "app" || (int.TryParse(user, out var uid) && uid > 0), $"USER {user} is not a known non-root user");
        Assert.True(runtime.IndexOf(runtime.Single(l => l.StartsWith("USER ", StringComparison.Ordinal))) < runtime.IndexOf(runtime.Single(l => l.StartsWith("ENTRYPOINT ", StringComparison.Ordinal))));
    }

    [Fact]
    public void The_port_it_listens_on_is_the_one_it_exposes_and_checks()
    {
        var port = ListeningPort();
        var healthCheck = Assert.Single(Lines, l => l.StartsWith("HEALTHCHECK ", StringComparison.Ordinal));

        Assert.Contains($"EXPOSE {port}", Lines);
        Assert.Contains("\"health\"", healthCheck, StringComparison.Ordinal);
        Assert.Contains($"\"http://localhost:{port}/healthz\"", healthCheck, StringComparison.Ordinal);
        Assert.Contains("\"LlmTutorBot.dll\"", healthCheck, StringComparison.Ordinal);
        Assert.Contains("ENTRYPOINT [\"dotnet\", \"LlmTutorBot.dll\"]", Lines);
    }

    [Fact]
    public void The_build_context_leaves_out_build_output_and_local_secrets()
    {
        var ignored = File.ReadAllLines(Path.Combine(DeployFiles.Root, ".dockerignore")).Select(l => l.Trim()).ToList();

        Assert.Contains("**/bin/", ignored);
        Assert.Contains("**/obj/", ignored);
        Assert.Contains(".git/", ignored);
        Assert.Contains("**/.env", ignored);
        Assert.Contains("**/appsettings.Local.json", ignored);
        Assert.DoesNotContain("src/", ignored);
    }

    /// <summary>The port ASPNETCORE_HTTP_PORTS sets in the runtime stage.</summary>
    internal static int ListeningPort()
    {
        var env = RuntimeStage().Single(l => l.StartsWith("ENV ", StringComparison.Ordinal));
        return int.Parse(HttpPorts().Match(env).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static List<string> RuntimeStage() => [.. Lines.SkipWhile(l => !l.EndsWith(" AS runtime", StringComparison.Ordinal))];

    /// <summary>The Dockerfile's instructions, one per line: comments dropped, continuation lines joined.</summary>
    private static string[] Instructions(string text) =>
        text.Replace("\\\r\n", " ", StringComparison.Ordinal).Replace("\\\n", " ", StringComparison.Ordinal)
            .Split('\n')
            .Select(l => Spaces().Replace(l.Trim(), " "))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToArray();

    [GeneratedRegex(@"ASPNETCORE_HTTP_PORTS=(\d+)")]
    private static partial Regex HttpPorts();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
