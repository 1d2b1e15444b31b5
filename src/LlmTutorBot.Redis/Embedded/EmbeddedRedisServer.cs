using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Garnet;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Redis.Embedded;

/// <summary>
/// An in-process Garnet server on a loopback port: the same Redis protocol and the same code paths as a real Redis,
/// with no install. Its data folder is locked while it runs; a second process that finds the folder taken (a CLI run
/// beside the running bot) gets a memory-only server of its own and says so.
/// </summary>
public sealed class EmbeddedRedisServer : IDisposable
{
    private const string LockFileName = ".lock";

    private readonly EmbeddedRedisOptions _options;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private GarnetServer? _server;
    private FileStream? _lock;
    private bool _disposed;

    public EmbeddedRedisServer(IOptions<EmbeddedRedisOptions> options, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _loggerFactory = loggerFactory ?? throw new ArgumentNullException(nameof(loggerFactory));
        _logger = loggerFactory.CreateLogger<EmbeddedRedisServer>();
    }

    /// <summary>"127.0.0.1:port", once started.</summary>
    public string? Endpoint { get; private set; }

    /// <summary>The folder holding its data, or null when it keeps data in memory only.</summary>
    public string? DataDirectory { get; private set; }

    public static string DefaultDataDirectory =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "LlmTutorBot", "redis");

    /// <summary>Starts the server if it is not running, and returns its endpoint.</summary>
    public string EnsureStarted()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (Endpoint is not null)
            {
                return Endpoint;
            }

            var dataDirectory = _options.Persist ? TryLockDataDirectory() : null;
            var port = _options.Port != 0 ? _options.Port : FreeLoopbackPort();
            _server = new GarnetServer(Arguments(port, dataDirectory), new MinimumLevelLoggerFactory(_loggerFactory, GarnetLogLevel, "Garnet."));
            _server.Start();
            Endpoint = string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{port}");
            DataDirectory = dataDirectory;
            RedisLog.EmbeddedServerStarted(_logger, Endpoint, dataDirectory ?? "memory only");
            return Endpoint;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            if (_server is not null && DataDirectory is not null)
            {
                // Everything written so far reaches the append-only log before the server goes, so a restart finds it.
                _server.Store.CommitAOFAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
            }

            _server?.Dispose();
            _server = null;
            _lock?.Dispose();
            _lock = null;
        }
    }

    // Garnet's argument parser warns that it ignores its own logging options whenever it is given a logger factory.
    private static LogLevel GarnetLogLevel(string category) => category == "ArgParser" ? LogLevel.Error : LogLevel.Warning;

    private string[] Arguments(int port, string? dataDirectory)
    {
        List<string> arguments =
        [
            "--bind", "127.0.0.1",
            "--port", port.ToString(CultureInfo.InvariantCulture),
            "--memory", _options.MemorySize,
            "--index", "16m",
            // The managed device needs no native libaio, which a fresh machine may lack.
            "--device-type", "RandomAccess",
            "-q",
        ];
        if (dataDirectory is not null)
        {
            arguments.AddRange(
            [
                "--aof",
                "--recover",
                "--checkpointdir", dataDirectory,
                "--checkpoint-freq", _options.CheckpointIntervalSeconds.ToString(CultureInfo.InvariantCulture),
            ]);
        }

        return [.. arguments];
    }

    private string? TryLockDataDirectory()
    {
        var directory = Path.GetFullPath(string.IsNullOrWhiteSpace(_options.DataDirectory) ? DefaultDataDirectory : _options.DataDirectory);
        try
        {
            Directory.CreateDirectory(directory);
            _lock = new FileStream(Path.Combine(directory, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return directory;
        }
        catch (IOException exception)
        {
            RedisLog.DataDirectoryBusy(_logger, directory, exception.Message);
            return null;
        }
        catch (UnauthorizedAccessException exception)
        {
            RedisLog.DataDirectoryBusy(_logger, directory, exception.Message);
            return null;
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
