using System.Text.RegularExpressions;
using static LlmTutorBot.Tests.Deploy.DeployFiles;

namespace LlmTutorBot.Tests.Deploy;

/// <summary>deploy/docker-compose.yml and deploy/.env.example, checked statically.</summary>
public sealed partial class ComposeUnitTests
{
    private static readonly object? Compose = Assert.Single(Documents("docker-compose.yml"));

    [Fact]
    public void Redis_7_keeps_its_data_in_an_append_only_file_on_a_named_volume()
    {
        var redis = At(Compose, "services", "redis");
        var command = Items(redis, "command").OfType<string>().ToList();
        var volume = Assert.Single(Items(redis, "volumes").OfType<string>());

        Assert.StartsWith("redis:7", Text(redis, "image"), StringComparison.Ordinal);
        Assert.Equal("yes", command[command.IndexOf("--appendonly") + 1]);
        Assert.Contains("--requirepass", command);
        Assert.Equal("/data", volume.Split(':')[1]);
        Assert.True(Entries(Compose, "volumes").Any(v => Equals(v.Key, volume.Split(':')[0])), $"the volume {volume} is not declared");
    }

    [Fact]
    public void The_bot_is_built_from_the_dockerfile_waits_for_redis_and_publishes_the_port_it_listens_on()
    {
        var bot = At(Compose, "services", "bot");
        var port = Assert.Single(Items(bot, "ports").OfType<string>());

        Assert.Equal("deploy/Dockerfile", Text(bot, "build", "dockerfile"));
        Assert.Equal("..", Text(bot, "build", "context"));
        Assert.Equal("service_healthy", Text(bot, "depends_on", "redis", "condition"));
        Assert.EndsWith($":{DockerfileUnitTests.ListeningPort()}", port, StringComparison.Ordinal);
        Assert.StartsWith("redis:6379,password=", Text(bot, "environment", "ConnectionStrings__Redis"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_variable_the_bot_gets_is_a_setting_the_app_reads()
    {
        var known = KnownSettings();
        var variables = Entries(Compose, "services", "bot", "environment").Select(e => (string)e.Key).ToList();

        Assert.True(variables.Count >= 10);
        Assert.All(variables, v => Assert.True(known.Contains(SettingOf(v)), $"docker-compose.yml sets {v}, which no option reads"));
    }

    [Fact]
    public void Every_variable_compose_reads_from_dot_env_is_in_the_example_and_the_other_way_round()
    {
        var compose = Read("docker-compose.yml");
        var used = Substitution().Matches(compose).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var example = Read(".env.example").Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l[..l.IndexOf('=', StringComparison.Ordinal)])
            .ToHashSet(StringComparer.Ordinal);

        Assert.Contains("REDIS_PASSWORD", used);
        Assert.Equal(used.Order(StringComparer.Ordinal), example.Order(StringComparer.Ordinal));
    }

    [GeneratedRegex(@"\$\{([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Substitution();
}
