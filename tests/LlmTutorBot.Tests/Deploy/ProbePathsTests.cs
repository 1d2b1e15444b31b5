using System.Net;
using LlmTutorBot.Cli;
using LlmTutorBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using static LlmTutorBot.Tests.Deploy.DeployFiles;

namespace LlmTutorBot.Tests.Deploy;

/// <summary>The probe paths the deploy files name are endpoints of the real app, and the image's health check works on them.</summary>
public sealed class ProbePathsTests(RedisFixture redis)
{
    private static readonly string[] Probes = ["livenessProbe", "readinessProbe", "startupProbe"];

    [Fact]
    public async Task Every_probe_path_of_the_manifests_and_the_dockerfile_answers_200()
    {
        var paths = ProbePaths();
        await using var factory = Factory();
        using var client = factory.CreateClient();

        var statuses = new Dictionary<string, HttpStatusCode>();
        foreach (var path in paths)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            statuses[path] = response.StatusCode;
        }

        Assert.Equal(["/healthz", "/readyz"], paths);
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s.Value));
    }

    [Fact]
    public async Task The_health_command_of_the_healthcheck_exits_0_on_healthz_and_1_on_a_missing_page()
    {
        await using var factory = Factory();
        using var handler = factory.Server.CreateHandler();
        var output = new StringWriter();
        var error = new StringWriter();

        var healthy = await HealthProbe.RunAsync(["--url", "http://localhost:8080/healthz"], output, error, handler);
        var missing = await HealthProbe.RunAsync(["--url", "http://localhost:8080/nothing-here"], output, error, handler);

        Assert.Equal((0, 1), (healthy, missing));
        Assert.Contains("healthy: http://localhost:8080/healthz answered 200", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("answered 404", error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Every httpGet path of the Kubernetes probes and the path of the Dockerfile's HEALTHCHECK URL.</summary>
    private static List<string> ProbePaths()
    {
        var fromManifests = Directory.EnumerateFiles(Path.Combine(DeployFiles.Deploy, "k8s"), "*.yaml")
            .SelectMany(f => Documents("k8s", Path.GetFileName(f)))
            .Where(r => Text(r, "kind") is "Deployment" or "StatefulSet")
            .SelectMany(r => Items(r, "spec", "template", "spec", "containers"))
            .SelectMany(c => Probes.Select(p => Text(c, p, "httpGet", "path")))
            .OfType<string>();
        var healthCheck = Read("Dockerfile").Split('\n').SkipWhile(l => !l.StartsWith("HEALTHCHECK", StringComparison.Ordinal)).Take(2);
        var fromDockerfile = healthCheck.SelectMany(l => l.Split('"')).Where(p => p.StartsWith("http://", StringComparison.Ordinal)).Select(u => new Uri(u).AbsolutePath);
        return [.. fromManifests.Concat(fromDockerfile).Distinct().Order(StringComparer.Ordinal)];
    }

    private WebApplicationFactory<Program> Factory() =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ConnectionStrings:Redis", redis.ConnectionString);
            builder.UseSetting("State:KeyPrefix", RedisFixture.UniquePrefix());
        });
}
