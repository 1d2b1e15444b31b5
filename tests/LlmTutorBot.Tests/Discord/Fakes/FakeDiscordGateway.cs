using System.Collections.Concurrent;
using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LlmTutorBot.Tests.Discord.Fakes;

/// <summary>
/// Discord's gateway on a loopback port (Kestrel WebSockets), one session at a time: HELLO, heartbeat ACKs (which
/// can be withheld), IDENTIFY → READY, RESUME → the missed events then RESUMED (optionally replaying a few the
/// client already had, to test that it drops them), and on command: a dropped connection, op 7, op 9, close codes.
/// Every event published is kept in the session's log under its sequence number. Also compiled into the benchmarks.
/// </summary>
internal sealed partial class FakeDiscordGateway : IAsyncDisposable
{
    public const string BotUserId = "500000000000000001";

    private readonly WebApplication _app;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly List<string> _pending = [];
    private Session? _session;
    private Connection? _live;
    private int _sessions;

    private FakeDiscordGateway(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;

    public Uri ResumeUrl { get; private set; } = null!;

    public int HeartbeatIntervalMs { get; set; } = 45_000;

    public bool AcknowledgeHeartbeats { get; set; } = true;

    /// <summary>Send zlib-stream compressed binary frames to clients that ask for it (compress=zlib-stream).</summary>
    public bool SupportsCompression { get; set; } = true;

    /// <summary>On RESUME, also replay this many events the client said it had (it must drop them).</summary>
    public int ReplayOverlap { get; set; }

    public ConcurrentQueue<string> ConnectionPaths { get; } = new();

    public ConcurrentQueue<JsonElement> Identifies { get; } = new();

    public ConcurrentQueue<JsonElement> Resumes { get; } = new();

    public ConcurrentQueue<int?> Heartbeats { get; } = new();

    public ConcurrentQueue<int?> CloseCodesReceived { get; } = new();

    public bool IsLive => Volatile.Read(ref _live) is { Attached: true };

    public static async Task<FakeDiscordGateway> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeDiscordGateway(app);
        app.UseWebSockets();
        app.Run(fake.AcceptAsync);
        await app.StartAsync();
        var http = new Uri(app.Urls.First());
        fake.Url = new Uri($"ws://{http.Authority}/gateway");
        fake.ResumeUrl = new Uri($"ws://{http.Authority}/resume");
        return fake;
    }

    /// <summary>Appends an event to the session's log and sends it if the client is connected (else it waits for a resume).</summary>
    public async Task PublishAsync(string eventName, string dataJson)
    {
        await _gate.WaitAsync();
        try
        {
            if (_session is null)
            {
                _pending.Add(Frame(eventName, dataJson, null));
                return;
            }

            await AppendAndSendAsync(eventName, dataJson);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A MESSAGE_CREATE in a DM (no guild), from user 42 unless told otherwise.</summary>
    public static string Message(long id, string content = "/help", long channel = 700, long author = 42) =>
        string.Create(CultureInfo.InvariantCulture, $$"""{"id":"{{id}}","channel_id":"{{channel}}","author":{"id":"{{author}}","username":"ada"},"content":"{{content}}","type":0}""");

    /// <summary>Cuts the connection without a close frame.</summary>
    public Task DropAsync() => WithLiveAsync(c =>
    {
        c.Socket.Abort();
        return Task.CompletedTask;
    });

    public Task RequestReconnectAsync() => WithLiveAsync(c => c.SendAsync("""{"op":7,"d":null,"s":null,"t":null}"""));

    public Task InvalidateSessionAsync(bool resumable) => WithLiveAsync(async c =>
    {
        await c.SendAsync($$"""{"op":9,"d":{{(resumable ? "true" : "false")}},"s":null,"t":null}""");
        if (!resumable)
        {
            _session = null;
        }
    });

    public Task CloseAsync(int code) => WithLiveAsync(c => c.Socket.CloseOutputAsync((WebSocketCloseStatus)code, "test", CancellationToken.None));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _gate.Dispose();
    }

    private async Task WithLiveAsync(Func<Connection, Task> action)
    {
        await _gate.WaitAsync();
        try
        {
            if (_live is { } live)
            {
                _live = null;
                live.Attached = false;
                await action(live);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        ConnectionPaths.Enqueue(context.Request.Path + context.Request.QueryString);
        Changed();
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var compress = SupportsCompression && context.Request.Query["compress"] == "zlib-stream";
        using var connection = new Connection(socket, compress);
        try
        {
            await connection.SendAsync($$"""{"op":10,"d":{"heartbeat_interval":{{HeartbeatIntervalMs}}},"s":null,"t":null}""");
            var buffer = new byte[64 * 1024];
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer, context.RequestAborted);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    CloseCodesReceived.Enqueue((int?)socket.CloseStatus);
                    Changed();
                    break;
                }

                using var frame = JsonDocument.Parse(buffer.AsMemory(0, result.Count));
                await OnFrameAsync(connection, frame.RootElement);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException)
        {
            // Dropped on purpose, or by the client.
        }
        finally
        {
            await _gate.WaitAsync();
            if (_live == connection)
            {
                _live = null;
            }

            _gate.Release();
        }
    }

    private async Task OnFrameAsync(Connection connection, JsonElement frame)
    {
        var data = frame.GetProperty("d");
        switch (frame.GetProperty("op").GetInt32())
        {
            case 1:
                Heartbeats.Enqueue(data.ValueKind == JsonValueKind.Number ? data.GetInt32() : null);
                if (AcknowledgeHeartbeats)
                {
                    await connection.SendAsync("""{"op":11,"d":null,"s":null,"t":null}""");
                }

                break;
            case 2:
                Identifies.Enqueue(data.Clone());
                await StartSessionAsync(connection, data);
                Changed();
                break;
            case 6:
                Resumes.Enqueue(data.Clone());
                await ResumeAsync(connection, data);
                Changed();
                break;
        }
    }

    private async Task StartSessionAsync(Connection connection, JsonElement identify)
    {
        await _gate.WaitAsync();
        try
        {
            var shard = identify.TryGetProperty("shard", out var s) ? s.GetRawText() : "[0,1]";
            _session = new Session($"session-{Interlocked.Increment(ref _sessions)}");
            _live = connection;
            connection.Attached = true;
            await AppendAndSendAsync("READY", $$"""{"v":10,"user":{"id":"{{BotUserId}}","username":"LlmTutorBot","bot":true},"guilds":[],"session_id":"{{_session.Id}}","resume_gateway_url":"{{ResumeUrl}}","shard":{{shard}},"application":{"id":"352205866889641984","flags":0} }""");
            foreach (var pending in _pending)
            {
                using var document = JsonDocument.Parse(pending);
                await AppendAndSendAsync(document.RootElement.GetProperty("t").GetString()!, document.RootElement.GetProperty("d").GetRawText());
            }

            _pending.Clear();
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task ResumeAsync(Connection connection, JsonElement resume)
    {
        await _gate.WaitAsync();
        try
        {
            if (_session is null || resume.GetProperty("session_id").GetString() != _session.Id)
            {
                await connection.SendAsync("""{"op":9,"d":false,"s":null,"t":null}""");
                return;
            }

            var from = resume.GetProperty("seq").GetInt32() - ReplayOverlap;
            _live = connection;
            connection.Attached = true;
            foreach (var (sequence, frame) in _session.Log.Where(e => e.Sequence > from))
            {
                await connection.SendAsync(frame);
            }

            await AppendAndSendAsync("RESUMED", "{}");
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Under the gate: logs the event with the next sequence and sends it to the live client, if any.</summary>
    private async Task AppendAndSendAsync(string eventName, string dataJson)
    {
        var sequence = _session!.Log.Count + 1;
        var frame = Frame(eventName, dataJson, sequence);
        _session.Log.Add((sequence, frame));
        if (_live is { Attached: true } live)
        {
            try
            {
                await live.SendAsync(frame);
            }
            catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or OperationCanceledException)
            {
                _live = null;
            }
        }
    }

    private static string Frame(string eventName, string dataJson, int? sequence) =>
        $$"""{"op":0,"t":"{{eventName}}","s":{{(sequence is null ? "null" : sequence.Value.ToString(CultureInfo.InvariantCulture))}},"d":{{dataJson}}}""";
}
