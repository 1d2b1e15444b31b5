using static LlmTutorBot.Tests.Deploy.DeployFiles;

namespace LlmTutorBot.Tests.Deploy;

/// <summary>deploy/k8s/*.yaml, checked statically: they parse, fit together, and pass only settings the app reads.</summary>
public sealed class KubernetesUnitTests
{
    private static readonly List<object?> Resources =
    [
        .. Directory.EnumerateFiles(Path.Combine(DeployFiles.Deploy, "k8s"), "*.yaml").Order(StringComparer.Ordinal).SelectMany(f => Documents("k8s", Path.GetFileName(f))),
    ];

    private static readonly string[] WorkloadKinds = ["Deployment", "StatefulSet"];

    private static readonly string[] Probes = ["livenessProbe", "readinessProbe", "startupProbe"];

    [Fact]
    public void Every_kind_the_deployment_needs_is_there()
    {
        var kinds = Resources.Select(r => Text(r, "kind")).ToHashSet();

        Assert.Subset(kinds, new HashSet<string?> { "Namespace", "ConfigMap", "Secret", "Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget" });
        Assert.All(Resources, r => Assert.False(string.IsNullOrEmpty(Text(r, "apiVersion"))));
        Assert.All(Resources.Where(r => Text(r, "kind") != "Namespace"), r => Assert.Equal("llmtutorbot", Text(r, "metadata", "namespace")));
    }

    [Fact]
    public void Each_container_listens_on_the_images_port_and_is_probed_on_healthz_and_readyz()
    {
        var port = DockerfileUnitTests.ListeningPort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(2, Containers().Count());
        Assert.All(Containers(), container =>
        {
            var http = Assert.Single(Items(container, "ports"));
            Assert.Equal(port, Text(http, "containerPort"));
            Assert.Equal(port, Text(Items(container, "env").Single(e => Text(e, "name") == "ASPNETCORE_HTTP_PORTS"), "value"));
            Assert.Equal("/healthz", Text(container, "livenessProbe", "httpGet", "path"));
            Assert.Equal("/healthz", Text(container, "startupProbe", "httpGet", "path"));
            Assert.Equal("/readyz", Text(container, "readinessProbe", "httpGet", "path"));
            foreach (var probe in Probes)
            {
                var probePort = Text(container, probe, "httpGet", "port");
                Assert.True(probePort == port || probePort == Text(http, "name"), $"{probe} asks port {probePort}");
            }
        });
    }

    [Fact]
    public void Containers_run_as_non_root_on_a_read_only_file_system_with_limits()
    {
        Assert.All(Workloads(), workload =>
        {
            var pod = At(workload, "spec", "template", "spec");
            Assert.Equal("true", Text(pod, "securityContext", "runAsNonRoot"));
            Assert.NotEqual("0", Text(pod, "securityContext", "runAsUser"));
            foreach (var container in Items(pod, "containers"))
            {
                Assert.Equal("true", Text(container, "securityContext", "readOnlyRootFilesystem"));
                Assert.Equal("false", Text(container, "securityContext", "allowPrivilegeEscalation"));
                Assert.NotNull(Text(container, "resources", "limits", "memory"));
                Assert.NotNull(Text(container, "resources", "requests", "cpu"));
                Assert.Contains(Items(container, "volumeMounts"), m => Text(m, "mountPath") == "/tmp");
            }
        });
    }

    [Fact]
    public void Every_variable_config_map_and_secret_key_is_a_setting_the_app_reads()
    {
        var known = KnownSettings();
        var names = Resources.Where(r => Text(r, "kind") is "ConfigMap").SelectMany(r => Entries(r, "data")).Select(e => (string)e.Key)
            .Concat(Resources.Where(r => Text(r, "kind") is "Secret").SelectMany(r => Entries(r, "stringData")).Select(e => (string)e.Key))
            .Concat(Containers().SelectMany(c => Items(c, "env")).Select(e => Text(e, "name")!))
            .ToList();

        Assert.True(names.Count >= 15);
        Assert.All(names, n => Assert.True(known.Contains(SettingOf(n)), $"the manifests set {n}, which no option reads"));
    }

    [Fact]
    public void Secrets_hold_placeholders_only()
    {
        var values = Resources.Where(r => Text(r, "kind") == "Secret").SelectMany(r => Entries(r, "stringData")).Select(e => e.Value as string).ToList();

        Assert.NotEmpty(values);
        Assert.All(values, v => Assert.Contains("REPLACE-ME", v, StringComparison.Ordinal));
        Assert.DoesNotContain(Resources, r => Text(r, "kind") == "Secret" && At(r, "data") is not null);
    }

    [Fact]
    public void The_http_replicas_never_get_discord_credentials_so_only_the_gateway_pods_connect()
    {
        var http = Workload("llmtutorbot-http");
        var secretNames = Items(http, "spec", "template", "spec", "containers", 0, "envFrom").Select(e => Text(e, "secretRef", "name")).OfType<string>();
        var discordKeys = Resources.Where(r => Text(r, "kind") == "Secret" && Text(r, "metadata", "name") is { } name && secretNames.Contains(name))
            .SelectMany(r => Entries(r, "stringData")).Select(e => (string)e.Key);
        var configKeys = Resources.Where(r => Text(r, "kind") == "ConfigMap").SelectMany(r => Entries(r, "data")).Select(e => (string)e.Key);

        Assert.DoesNotContain(discordKeys.Concat(configKeys), k => k.StartsWith("Discord__", StringComparison.Ordinal));
    }

    [Fact]
    public void Discord_pods_share_the_shards_by_redis_leases_with_a_spare_to_take_a_dead_pods_shards()
    {
        var gateway = Workload("llmtutorbot-discord");
        var env = Items(gateway, "spec", "template", "spec", "containers", 0, "env").ToList();
        int Setting(string name) => int.Parse(Text(env.Single(e => Text(e, "name") == name), "value")!, System.Globalization.CultureInfo.InvariantCulture);
        var replicas = int.Parse(Text(gateway, "spec", "replicas")!, System.Globalization.CultureInfo.InvariantCulture);

        // Leases assign shards only when no pod is pinned to fixed shard ids.
        Assert.DoesNotContain(env, e => Text(e, "name") == "Discord__ShardIds");
        Assert.Equal("Deployment", Text(gateway, "kind"));
        Assert.True(Setting("Discord__ShardLeaseSeconds") > 0);
        var perPod = Setting("Discord__MaxShardsPerReplica");
        Assert.True(perPod > 0 && (replicas - 1) * perPod >= Setting("Discord__ShardCount"), "with one pod down, the others can hold every shard");
        Assert.Contains(Items(gateway, "spec", "template", "spec", "containers", 0, "envFrom"), e => Text(e, "secretRef", "name") == "llmtutorbot-discord");
    }

    [Fact]
    public void The_service_autoscaler_and_disruption_budgets_point_at_the_workloads()
    {
        var http = Workload("llmtutorbot-http");
        var service = Resources.Single(r => Text(r, "kind") == "Service" && Text(r, "metadata", "name") == "llmtutorbot-http");
        var hpa = Resources.Single(r => Text(r, "kind") == "HorizontalPodAutoscaler");

        Assert.Equal(Text(http, "metadata", "name"), Text(hpa, "spec", "scaleTargetRef", "name"));
        Assert.Equal("Deployment", Text(hpa, "spec", "scaleTargetRef", "kind"));
        Assert.Equal(Text(Items(http, "spec", "template", "spec", "containers", 0, "ports").Single(), "name"), Text(service, "spec", "ports", 0, "targetPort"));
        Assert.True(Selects(service, "spec", "selector"), "the Service selects no workload");
        Assert.All(Workloads(), w => Assert.True(Matches(At(w, "spec", "selector", "matchLabels"), At(w, "spec", "template", "metadata", "labels"))));
        Assert.All(
            Resources.Where(r => Text(r, "kind") == "PodDisruptionBudget"),
            pdb => Assert.True(Selects(pdb, "spec", "selector", "matchLabels"), $"{Text(pdb, "metadata", "name")} selects no workload"));
    }

    private static object? Workload(string name) => Workloads().Single(w => Text(w, "metadata", "name") == name);

    private static IEnumerable<object?> Workloads() => Resources.Where(r => WorkloadKinds.Contains(Text(r, "kind")));

    private static IEnumerable<object?> Containers() => Workloads().SelectMany(w => Items(w, "spec", "template", "spec", "containers"));

    private static bool Selects(object? resource, params object[] selectorPath) =>
        Workloads().Any(w => Matches(At(resource, selectorPath), At(w, "spec", "template", "metadata", "labels")));

    private static bool Matches(object? selector, object? labels) =>
        selector is Dictionary<object, object?> { Count: > 0 } wanted && labels is Dictionary<object, object?> have
        && wanted.All(p => have.TryGetValue(p.Key, out var value) && Equals(value, p.Value));
}
