using System.Diagnostics;
using LlmTutorBot.Redis.Embedded;
using LlmTutorBot.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace LlmTutorBot.Tests.Embedded;

/// <summary>A real second process (the built CLI) on the data folder this process serves.</summary>
public sealed class SharedStoreProcessTests : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("llmtutorbot-shared-").FullName;

    [Fact]
    public async Task The_cli_beside_a_serving_process_writes_to_the_served_store_instead_of_memory()
    {
        using var serving = new EmbeddedRedisServer(Options.Create(new EmbeddedRedisOptions { DataDirectory = _dataDirectory }), NullLoggerFactory.Instance);
        serving.EnsureStarted();
        var prefix = RedisFixture.UniquePrefix();

        var (exitCode, stderr) = await RunCliAsync("ask", "--json", "--ConnectionStrings:Redis=", $"--EmbeddedRedis:DataDirectory={_dataDirectory}", $"--State:KeyPrefix={prefix}", "/lang fr");

        Assert.True(exitCode == 0, stderr);
        Assert.DoesNotContain("memory only", stderr, StringComparison.Ordinal);
        var configuration = ConfigurationOptions.Parse(serving.Endpoint!);
        configuration.Password = serving.Password;
        await using var redis = await ConnectionMultiplexer.ConnectAsync(configuration);
        var keys = redis.GetServer(redis.GetEndPoints()[0]).Keys(pattern: prefix + "*").ToList();
        Assert.NotEmpty(keys);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still closing is left to the OS's temp cleaner.
        }
    }

    private static async Task<(int ExitCode, string Stderr)> RunCliAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "LlmTutorBot.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await stdout;
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, stderr);
    }
}
