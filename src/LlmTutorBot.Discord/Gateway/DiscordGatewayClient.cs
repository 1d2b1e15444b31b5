using System.Net.WebSockets;
using System.Text.Json;
using LlmTutorBot.Discord.JsonModels;
using Microsoft.Extensions.Logging;

namespace LlmTutorBot.Discord.Gateway;

/// <summary>
/// One shard's gateway connection, kept up for as long as the bot runs: HELLO, heartbeats with jitter and zombie
/// detection, IDENTIFY (within the identify limits) or RESUME at the address READY gave with the last sequence,
/// RECONNECT, INVALID_SESSION, and close codes, of which those that cannot succeed again stop the shard with a log
/// line saying what to fix. Each dispatch reaches the handler once: replayed sequences already handled are dropped.
/// </summary>
internal sealed partial class DiscordGatewayClient(
    int shardId,
    int shardCount,
    Uri gatewayUrl,
    string token,
    IGatewayDispatchHandler handler,
    IdentifyLimiter identifyLimiter,
    GatewayTimings timings,
    TimeProvider time,
    ILogger logger,
    bool compress = false,
    DiscordStatus? status = null,
    DiscordMessageContent messageContent = DiscordMessageContent.Auto)
{
    /// <summary>GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES | MESSAGE_CONTENT.</summary>
    public const int Intents = (1 << 0) | (1 << 9) | (1 << 12) | MessageContentIntent;

    /// <summary>The privileged intent; without it, plain messages (not mentions, not DMs) arrive without their text.</summary>
    public const int MessageContentIntent = 1 << 15;

    private readonly GatewaySession _session = new();
    private long _dispatched;
    private long _duplicates;
    private long _identifies;
    private long _resumes;
    private long _connections;
    private bool _contentRefused;
    private bool _identifiedWithContent;

    public int ShardId => shardId;

    /// <summary>Dispatches handed to the handler.</summary>
    public long Dispatched => Interlocked.Read(ref _dispatched);

    /// <summary>Dispatches dropped because their sequence had been handled already.</summary>
    public long DuplicatesDropped => Interlocked.Read(ref _duplicates);

    public long Identifies => Interlocked.Read(ref _identifies);

    public long Resumes => Interlocked.Read(ref _resumes);

    public long Connections => Interlocked.Read(ref _connections);

    /// <summary>Why the shard stopped for good (a close code that cannot succeed again), or null.</summary>
    public GatewayStop? Stop { get; private set; }

    /// <summary>The intents the next IDENTIFY sends: without Message Content when it is off or was refused.</summary>
    public int CurrentIntents =>
        messageContent == DiscordMessageContent.Off || _contentRefused || (messageContent == DiscordMessageContent.Auto && status?.MessageContentDisallowed == true)
            ? Intents & ~MessageContentIntent
            : Intents;

    /// <summary>Connects and stays connected until cancelled, or until a close code that must not be retried.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            ConnectionOutcome outcome;
            try
            {
                outcome = await RunConnectionAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }

            if (outcome.Code == GatewayCloseCodes.DisallowedIntents && messageContent == DiscordMessageContent.Auto && _identifiedWithContent)
            {
                // Refused the privileged intent: identify again without it rather than go offline.
                _contentRefused = true;
                if (status?.DisallowMessageContent() ?? true)
                {
                    GatewayLog.MessageContentRefused(logger, shardId);
                }

                outcome = outcome with { Action = CloseAction.Reidentify, Reason = "the Message Content intent was refused" };
            }

            if (outcome.Action == CloseAction.Stop)
            {
                Stop = new GatewayStop(outcome.Code, outcome.Reason);
                status?.StopGateway(Stop);
                GatewayLog.Stopped(logger, shardId, outcome.Reason);
                return;
            }

            if (outcome.Action == CloseAction.Reidentify)
            {
                _session.Clear();
            }

            failures = outcome.WasReady ? 0 : failures + 1;
            if (failures >= 3 && _session.CanResume)
            {
                // The resume address keeps failing: start a new session at the main address.
                _session.Clear();
            }

            var delay = outcome.Delay ?? Backoff(failures);
            GatewayLog.Reconnecting(logger, shardId, outcome.Reason, delay.TotalMilliseconds, _session.CanResume ? "resuming" : "identifying");
            try
            {
                await Task.Delay(delay, time, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<ConnectionOutcome> RunConnectionAsync(CancellationToken cancellationToken)
    {
        var resume = _session.CanResume;
        var url = WithQuery(resume ? _session.ResumeUrl! : gatewayUrl, compress);
        using var socket = new GatewaySocket(new ClientWebSocket(), timings, time, compress);
        var connection = new ConnectionState(socket);
        if (!await TryConnectAsync(socket, url, cancellationToken))
        {
            return new ConnectionOutcome(CloseAction.Resume, "could not connect", null, false);
        }

        Interlocked.Increment(ref _connections);
        using var connectionCancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task heartbeat = Task.CompletedTask;
        try
        {
            var (hello, closed, code) = await ReceiveHelloAsync(socket, cancellationToken);
            if (closed || hello is null)
            {
                return Closed(code, connection);
            }

            var interval = TimeSpan.FromMilliseconds(GatewayFrames.Data(hello, DiscordJsonContext.Default.HelloData).HeartbeatInterval);
            heartbeat = HeartbeatAsync(connection, interval, connectionCancel.Token);
            if (resume)
            {
                Interlocked.Increment(ref _resumes);
                await socket.SendAsync(GatewayFrames.Resume(new ResumeData(token, _session.SessionId!, _session.Sequence!.Value)), cancellationToken);
            }
            else
            {
                await identifyLimiter.WaitAsync(shardId, cancellationToken);
                Interlocked.Increment(ref _identifies);
                _session.Clear();
                var identify = IdentifyData();
                _identifiedWithContent = (identify.Intents & MessageContentIntent) != 0;
                await socket.SendAsync(GatewayFrames.Identify(identify), cancellationToken);
            }

            return await ReceiveLoopAsync(connection, cancellationToken);
        }
        catch (Exception exception) when (exception is WebSocketException or IOException or OperationCanceledException or JsonException
            && !cancellationToken.IsCancellationRequested)
        {
            return new ConnectionOutcome(CloseAction.Resume, connection.Zombie ? "zombie connection" : $"connection dropped ({exception.GetType().Name})", null, connection.WasReady);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: 1000 ends the session, as Discord expects from a bot that goes away.
            await socket.CloseAsync(1000, CancellationToken.None);
            throw;
        }
        finally
        {
            await connectionCancel.CancelAsync();
            await heartbeat.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }
    }

    private async Task<bool> TryConnectAsync(GatewaySocket socket, Uri url, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(timings.ConnectTimeout);
        try
        {
            await socket.ConnectAsync(url, timeout.Token);
            return true;
        }
        catch (Exception exception) when (exception is WebSocketException or HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private async Task<(GatewayPayload? Hello, bool Closed, int? Code)> ReceiveHelloAsync(GatewaySocket socket, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(timings.HelloTimeout);
        var (frame, closed, code) = await socket.ReceiveAsync(timeout.Token);
        return frame is { Op: GatewayOpcodes.Hello } ? (frame, false, null) : (null, true, code);
    }

    private IdentifyData IdentifyData() => new(
        token,
        CurrentIntents,
        new IdentifyProperties(Environment.OSVersion.Platform.ToString().ToLowerInvariant(), "llmtutorbot", "llmtutorbot"),
        shardCount > 1 || shardId > 0 ? [shardId, shardCount] : null);

    private TimeSpan Backoff(int failures)
    {
        var exponent = Math.Min(Math.Max(failures - 1, 0), 10);
        var ceiling = Math.Min(timings.ReconnectMax.TotalMilliseconds, timings.ReconnectMin.TotalMilliseconds * Math.Pow(2, exponent));
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + (Random.Shared.NextDouble() / 2)));
    }

    /// <summary>The address with v=10 and encoding=json (and compress=zlib-stream when asked), as Discord asks.</summary>
    internal static Uri WithQuery(Uri url, bool compress = false)
    {
        if (url.Query.Contains("v=", StringComparison.Ordinal))
        {
            return url;
        }

        var query = compress ? "v=10&encoding=json&compress=zlib-stream" : "v=10&encoding=json";
        var builder = new UriBuilder(url);
        builder.Query = string.IsNullOrEmpty(builder.Query) ? query : builder.Query.TrimStart('?') + "&" + query;
        return builder.Uri;
    }

    private static ConnectionOutcome Closed(int? code, ConnectionState connection) =>
        new(GatewayCloseCodes.Classify(code), GatewayCloseCodes.Explain(code), null, connection.WasReady) { Code = code };

    private sealed record ConnectionOutcome(CloseAction Action, string Reason, TimeSpan? Delay, bool WasReady)
    {
        /// <summary>The close code Discord sent, if the connection ended with one.</summary>
        public int? Code { get; init; }
    }

    /// <summary>What one connection knows: heartbeats acknowledged, whether it got READY or RESUMED, whether it zombied.</summary>
    private sealed class ConnectionState(GatewaySocket socket)
    {
        public GatewaySocket Socket => socket;

        public volatile bool Acknowledged = true;

        public volatile bool Zombie;

        public volatile bool WasReady;

        public int Replayed;
    }
}
