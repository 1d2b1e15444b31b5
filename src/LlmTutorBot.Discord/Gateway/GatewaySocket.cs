using System.Buffers;
using System.IO.Compression;
using System.Net.WebSockets;
using LlmTutorBot.Discord.JsonModels;

namespace LlmTutorBot.Discord.Gateway;

/// <summary>
/// One gateway connection: whole frames in, frames out one at a time and within Discord's send limit
/// (120 per 60 seconds per connection; payloads of at most 4096 bytes). With zlib-stream transport compression, one
/// inflate context lasts the whole connection and a payload is complete when the data ends with 00 00 FF FF.
/// </summary>
internal sealed class GatewaySocket(ClientWebSocket socket, GatewayTimings timings, TimeProvider time, bool compressed = false) : IDisposable
{
    private static readonly byte[] SyncFlush = [0x00, 0x00, 0xFF, 0xFF];

    private const int MaxFrameBytes = 64 * 1024 * 1024;
    private const int MaxSendBytes = 4096;
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly Queue<DateTimeOffset> _sent = new();
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private readonly ArrayBufferWriter<byte> _compressed = compressed ? new(16 * 1024) : null!;
    private readonly FeedStream _feed = new();
    private ZLibStream? _inflater;

    public WebSocketState State => socket.State;

    public Task ConnectAsync(Uri url, CancellationToken cancellationToken) => socket.ConnectAsync(url, cancellationToken);

    /// <summary>The next frame, or the close code (null when the peer closed without one).</summary>
    public async Task<(GatewayPayload? Frame, bool Closed, int? CloseCode)> ReceiveAsync(CancellationToken cancellationToken)
    {
        var target = compressed ? _compressed : _buffer;
        target.ResetWrittenCount();
        while (true)
        {
            var result = await socket.ReceiveAsync(target.GetMemory(16 * 1024), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                var status = (int?)socket.CloseStatus;
                return (null, true, status is null or 1005 or 1006 ? null : status);
            }

            target.Advance(result.Count);
            if (target.WrittenCount > MaxFrameBytes)
            {
                throw new WebSocketException(WebSocketError.Faulted, "A gateway frame was larger than 64 MB.");
            }

            if (result.EndOfMessage && (!compressed || target.WrittenSpan.EndsWith(SyncFlush)))
            {
                break;
            }
        }

        if (compressed)
        {
            Inflate(_compressed.WrittenMemory);
        }

        return (GatewayFrames.Parse(_buffer.WrittenSpan), false, null);
    }

    /// <summary>Runs one flushed block of the connection's zlib stream through its inflater, into the frame buffer.</summary>
    private void Inflate(ReadOnlyMemory<byte> block)
    {
        _inflater ??= new ZLibStream(_feed, CompressionMode.Decompress, leaveOpen: true);
        _buffer.ResetWrittenCount();
        _feed.Set(block);
        while (true)
        {
            var read = _inflater.Read(_buffer.GetSpan(16 * 1024));
            if (read == 0)
            {
                break;
            }

            _buffer.Advance(read);
            if (_buffer.WrittenCount > MaxFrameBytes)
            {
                throw new WebSocketException(WebSocketError.Faulted, "A gateway frame was larger than 64 MB.");
            }
        }
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
        _inflater?.Dispose();
        _feed.Dispose();
        socket.Dispose();
        _sending.Dispose();
    }

    /// <summary>The compressed bytes of one block; reads end (0) when they run out, until the next block is set.</summary>
    private sealed class FeedStream : Stream
    {
        private ReadOnlyMemory<byte> _data;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public void Set(ReadOnlyMemory<byte> data) => _data = data;

        public override int Read(Span<byte> buffer)
        {
            var count = Math.Min(buffer.Length, _data.Length);
            _data.Span[..count].CopyTo(buffer);
            _data = _data[count..];
            return count;
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
