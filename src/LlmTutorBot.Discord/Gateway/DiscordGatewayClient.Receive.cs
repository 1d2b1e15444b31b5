using System.Text.Json;
using LlmTutorBot.Discord.JsonModels;

namespace LlmTutorBot.Discord.Gateway;

internal sealed partial class DiscordGatewayClient
{
    private async Task<ConnectionOutcome> ReceiveLoopAsync(ConnectionState connection, CancellationToken cancellationToken)
    {
        var socket = connection.Socket;
        while (true)
        {
            var (frame, closed, code) = await socket.ReceiveAsync(cancellationToken);
            if (closed || frame is null)
            {
                return connection.Zombie
                    ? new ConnectionOutcome(CloseAction.Resume, "zombie connection", null, connection.WasReady)
                    : Closed(code, connection);
            }

            switch (frame.Op)
            {
                case GatewayOpcodes.Dispatch:
                    await DispatchAsync(frame, connection, cancellationToken);
                    break;
                case GatewayOpcodes.Heartbeat:
                    await socket.SendAsync(GatewayFrames.Heartbeat(_session.Sequence), cancellationToken);
                    break;
                case GatewayOpcodes.HeartbeatAck:
                    connection.Acknowledged = true;
                    break;
                case GatewayOpcodes.Reconnect:
                    await socket.CloseAsync(GatewayCloseCodes.ClientReconnect, cancellationToken);
                    return new ConnectionOutcome(CloseAction.Resume, "Discord asked for a reconnect", TimeSpan.Zero, true);
                case GatewayOpcodes.InvalidSession:
                    var resumable = frame.D.ValueKind == JsonValueKind.True;
                    GatewayLog.InvalidSession(logger, shardId, resumable);
                    await socket.CloseAsync(GatewayCloseCodes.ClientReconnect, cancellationToken);
                    var wait = timings.InvalidSessionMin + ((timings.InvalidSessionMax - timings.InvalidSessionMin) * Random.Shared.NextDouble());
                    return new ConnectionOutcome(resumable ? CloseAction.Resume : CloseAction.Reidentify, "invalid session", wait, connection.WasReady);
            }
        }
    }

    private async Task DispatchAsync(GatewayPayload frame, ConnectionState connection, CancellationToken cancellationToken)
    {
        var name = frame.T ?? "";
        if (frame.S is { } sequence)
        {
            if (_session.Sequence is { } last && sequence <= last)
            {
                // Replayed after a resume, or sent twice: handled already.
                Interlocked.Increment(ref _duplicates);
                GatewayLog.DuplicateDropped(logger, shardId, sequence);
                return;
            }

            _session.Sequence = sequence;
        }

        switch (name)
        {
            case "READY":
                var ready = GatewayFrames.Ready(frame);
                var resumeUrl = Uri.TryCreate(ready.ResumeGatewayUrl, UriKind.Absolute, out var parsed) ? parsed : gatewayUrl;
                _session.Start(ready.SessionId, resumeUrl);
                connection.WasReady = true;
                GatewayLog.Ready(logger, shardId, shardCount, ready.User.Id);
                break;
            case "RESUMED":
                connection.WasReady = true;
                GatewayLog.Resumed(logger, shardId, connection.Replayed);
                break;
            default:
                connection.Replayed++;
                break;
        }

        Interlocked.Increment(ref _dispatched);
        try
        {
            await handler.HandleAsync(shardId, name, frame.D, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            GatewayLog.DispatchFailed(logger, exception, shardId, name);
        }
    }

    private async Task HeartbeatAsync(ConnectionState connection, TimeSpan interval, CancellationToken cancellationToken)
    {
        try
        {
            // The first heartbeat after interval × jitter, so that shards restarting together spread out.
            await Task.Delay(interval * Random.Shared.NextDouble(), time, cancellationToken);
            while (!cancellationToken.IsCancellationRequested)
            {
                if (!connection.Acknowledged)
                {
                    connection.Zombie = true;
                    GatewayLog.Zombie(logger, shardId);
                    connection.Socket.Abort();
                    return;
                }

                connection.Acknowledged = false;
                await connection.Socket.SendAsync(GatewayFrames.Heartbeat(_session.Sequence), cancellationToken);
                await Task.Delay(interval, time, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or System.Net.WebSockets.WebSocketException or ObjectDisposedException)
        {
            // The connection ended; the receive loop decides what happens next.
        }
    }
}
