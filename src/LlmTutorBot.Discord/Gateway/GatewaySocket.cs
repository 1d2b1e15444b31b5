using System.Buffers;
using System.Net.WebSockets;
using LlmTutorBot.Discord.JsonModels;

namespace LlmTutorBot.Discord.Gateway;

/// <summary>
/// One gateway connection: whole frames in, frames out one at a time and within Discord's send limit
/// (120 per 60 seconds per connection; payloads of at most 4096 bytes).
/// </summary>
internal sealed class GatewaySocket(ClientWebSocket socket, GatewayTimings timings, TimeProvider time) : IDisposable
{
    private const int MaxFrameBytes = 64 * 1024 * 1024;
    private const int MaxSendBytes = 4096;
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly Queue<DateTimeOffset> _sent = new();
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);

    public WebSocketState State => socket.State;

    public Task ConnectAsync(Uri url, CancellationToken cancellationToken) => socket.ConnectAsync(url, cancellationToken);

    /// <summary>The next frame, or the close code (null when the peer closed without one).</summary>
    public async Task<(GatewayPayload? Frame, bool Closed, int? CloseCode)> ReceiveAsync(CancellationToken cancellationToken)
    {
        _buffer.ResetWrittenCount();
        while (true)
        {
            var result = await socket.ReceiveAsync(_buffer.GetMemory(16 * 1024), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                var status = (int?)socket.CloseStatus;
                return (null, true, status is null or 1005 or 1006 ? null : status);
            }

            _buffer.Advance(result.Count);
            if (result.EndOfMessage)
            {
                break;
            }

            if (_buffer.WrittenCount > MaxFrameBytes)
            {
                throw new WebSocketException(WebSocketError.Faulted, "A gateway frame was larger than 64 MB.");
            }
        }

        return (GatewayFrames.Parse(_buffer.WrittenSpan), false, null);
    }

    public async Task SendAsync(byte[] frame, CancellationToken cancellationToken)
    {
        if (frame.Length > MaxSendBytes)
        {
            throw new InvalidOperationException("A gateway payload must be at most 4096 bytes.");
        }

        await _sending.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            while (_sent.Count > 0 && _sent.Peek() <= now - timings.SendWindow)
            {
                _sent.Dequeue();
            }

            if (_sent.Count >= timings.SendLimit)
            {
                await Task.Delay(_sent.Peek() + timings.SendWindow - now, time, cancellationToken);
                _sent.Dequeue();
            }

            _sent.Enqueue(time.GetUtcNow());
            await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sending.Release();
        }
    }

    /// <summary>Closes with <paramref name="code"/>, giving up after a second (the peer may be gone).</summary>
    public async Task CloseAsync(int code, CancellationToken cancellationToken)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(1));
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, null, timeout.Token);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            socket.Abort();
        }
    }

    public void Abort() => socket.Abort();

    public void Dispose()
    {
        socket.Dispose();
        _sending.Dispose();
    }
}
