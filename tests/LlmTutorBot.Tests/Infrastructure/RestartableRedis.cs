using System.Diagnostics;
using System.Globalization;
using LlmTutorBot.Redis.Embedded;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Tests.Infrastructure;

/// <summary>
/// A Redis of the test's own on a fixed loopback port that it can stop and start again on that port: a redis-server
/// process when /usr/bin/redis-server exists, else an in-process Garnet server disposed and recreated. No persistence.
/// </summary>
internal sealed class RestartableRedis : IDisposable
{
    private const string RedisServer = "/usr/bin/redis-server";

    private Process? _process;
    private EmbeddedRedisServer? _garnet;

    public RestartableRedis() => Port = FreePort();

    public int Port { get; }

    public static string Kind => File.Exists(RedisServer) ? "redis-server" : "Garnet";

    public string ConnectionString => string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{Port},connectTimeout=1000,syncTimeout=1000,asyncTimeout=1000,connectRetry=0");

    public void Start()
    {
        if (File.Exists(RedisServer))
        {
            var start = new ProcessStartInfo(RedisServer) { UseShellExecute = false, RedirectStandardOutput = true };
            foreach (var argument in new[] { "--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
            {
                start.ArgumentList.Add(argument);
            }

            _process = Process.Start(start)!;
            // redis-server says it is ready on its standard output before it accepts connections.
            while (_process.StandardOutput.ReadLine() is { } line && !line.Contains("Ready to accept connections", StringComparison.Ordinal))
            {
            }

            _ = _process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
            return;
        }

        _garnet = new EmbeddedRedisServer(Options.Create(new EmbeddedRedisOptions { Port = Port, Persist = false }), NullLoggerFactory.Instance);
        _garnet.EnsureStarted();
    }

    /// <summary>Kills the server, as a crash would.</summary>
    public void Stop()
    {
        if (_process is { } process)
        {
            process.Kill();
            process.WaitForExit();
            process.Dispose();
            _process = null;
        }

        _garnet?.Dispose();
        _garnet = null;
    }

    public void Dispose() => Stop();

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
