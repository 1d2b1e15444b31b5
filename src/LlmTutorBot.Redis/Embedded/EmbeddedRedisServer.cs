using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Garnet;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Redis.Embedded;

/// <summary>
/// One embedded store per data folder. The first process to lock the folder serves Garnet on a loopback port, with a
/// random password, and writes both to a port file beside the lock; a later process on the same folder (a CLI run
/// beside the running bot) connects to it instead. When the serving process stops, the next one to start serves. A
/// store that refuses the port file's password, or no answer at all, leaves the process with a memory-only server
/// of its own, and it says so.
/// </summary>
public sealed class EmbeddedRedisServer : IDisposable
{
    private const string LockFileName = ".lock";
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

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

    /// <summary>The loopback port, once started.</summary>
    public int Port { get; private set; }

    /// <summary>The password the store asks, or null for a memory-only server (loopback, no password).</summary>
    public string? Password { get; private set; }

    /// <summary>The folder holding its data, or null when it keeps data in memory only.</summary>
    public string? DataDirectory { get; private set; }

    public EmbeddedRedisRole Role { get; private set; }

    /// <summary>The process serving the store (this one unless <see cref="Role"/> is Client).</summary>
    public int ServingProcessId { get; private set; }

    /// <summary>How long a process waits for the folder's server to answer before it keeps its state in memory.</summary>
    public TimeSpan ElectionTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The embedded store's settings, for the doctor.</summary>
    public EmbeddedRedisOptions Options => _options;

    public static string DefaultDataDirectory =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "LlmTutorBot", "redis");

    /// <summary>Serves or joins the store if not done yet, and returns its endpoint.</summary>
    public string EnsureStarted()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (Endpoint is not null)
            {
                return Endpoint;
            }

            if (!_options.Persist)
            {
                Serve(_options.Port != 0 ? _options.Port : FreeLoopbackPort(), dataDirectory: null, password: null);
                return Endpoint!;
            }

            var directory = Path.GetFullPath(string.IsNullOrWhiteSpace(_options.DataDirectory) ? DefaultDataDirectory : _options.DataDirectory);
            Elect(directory);
            return Endpoint!;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            if (_server is not null && Role == EmbeddedRedisRole.Serving && DataDirectory is not null)
            {
                // Later processes stop connecting, then everything written so far reaches the append-only log.
                PortFile.Delete(DataDirectory);
                _server.Store.CommitAOFAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
            }

            _server?.Dispose();
            _server = null;
            _lock?.Dispose();
            _lock = null;
        }
    }

    private void Elect(string directory)
    {
        var deadline = Stopwatch.StartNew();
        string reason;
        while (true)
        {
            switch (TryLock(directory, out reason))
            {
                case LockOutcome.Taken:
                    // A port file left by a process that was killed names a dead server: it goes before ours starts.
                    PortFile.Delete(directory);
                    Serve(_options.Port != 0 ? _options.Port : FreeLoopbackPort(), directory, NewPassword());
                    PortFile.Write(directory, new PortFileContent(Port, Password!, Environment.ProcessId));
                    return;
                case LockOutcome.Impossible:
                    RedisLog.DataDirectoryBusy(_logger, directory, reason);
                    ServeInMemory();
                    return;
            }

            if (PortFile.TryRead(directory) is { } served)
            {
                switch (RespProbe.Authenticate(served.Port, served.Password, ProbeTimeout))
                {
                    case ProbeResult.Accepted:
                        Port = served.Port;
                        Endpoint = string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{served.Port}");
                        Password = served.Password;
                        DataDirectory = directory;
                        ServingProcessId = served.ProcessId;
                        Role = EmbeddedRedisRole.Client;
                        RedisLog.JoinedServedStore(_logger, directory, served.ProcessId, Endpoint);
                        return;
                    case ProbeResult.WrongPassword:
                        RedisLog.ServedStoreRefusedPassword(_logger, PortFile.PathIn(directory), served.Port, directory);
                        ServeInMemory();
                        return;
                }
            }

            if (deadline.Elapsed >= ElectionTimeout)
            {
                RedisLog.DataDirectoryBusy(_logger, directory, $"{reason}, and no process serving it answered within {ElectionTimeout.TotalSeconds:0} s");
                ServeInMemory();
                return;
            }

            // The folder's owner is starting (no port file yet) or stopping (the lock is about to be free).
            Thread.Sleep(PollInterval);
        }
    }

    private void ServeInMemory() => Serve(FreeLoopbackPort(), dataDirectory: null, password: null);

    private void Serve(int port, string? dataDirectory, string? password)
    {
        _server = new GarnetServer(GarnetArguments.For(_options, port, dataDirectory, password), new MinimumLevelLoggerFactory(_loggerFactory, GarnetLogLevel, "Garnet."));
        _server.Start();
        Port = port;
        Endpoint = string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{port}");
        Password = password;
        DataDirectory = dataDirectory;
        ServingProcessId = Environment.ProcessId;
        Role = dataDirectory is null ? EmbeddedRedisRole.MemoryOnly : EmbeddedRedisRole.Serving;
        RedisLog.EmbeddedServerStarted(_logger, Endpoint, dataDirectory ?? "memory only");
    }

    // Garnet's argument parser warns that it ignores its own logging options whenever it is given a logger factory.
    private static LogLevel GarnetLogLevel(string category) => category == "ArgParser" ? LogLevel.Error : LogLevel.Warning;

    private LockOutcome TryLock(string directory, out string reason)
    {
        reason = "";
        try
        {
            Directory.CreateDirectory(directory);
            _lock = new FileStream(Path.Combine(directory, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return LockOutcome.Taken;
        }
        catch (IOException exception)
        {
            reason = exception.Message;
            return LockOutcome.Busy;
        }
        catch (UnauthorizedAccessException exception)
        {
            reason = exception.Message;
            return LockOutcome.Impossible;
        }
    }

    private static string NewPassword() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private enum LockOutcome
    {
        Taken,
        Busy,
        Impossible,
    }
}
