using System.IO.Compression;
using System.Net.WebSockets;
using System.Text;

namespace LlmTutorBot.Tests.Discord.Fakes;

internal sealed partial class FakeDiscordGateway
{
    private sealed record Session(string Id)
    {
        public List<(int Sequence, string Frame)> Log { get; } = [];
    }

    private sealed class Connection(WebSocket socket, bool compress) : IDisposable
    {
        private readonly SemaphoreSlim _sending = new(1, 1);
        private readonly MemoryStream _compressed = new();
        private ZLibStream? _deflater;

        public WebSocket Socket => socket;

        public volatile bool Attached;

        public async Task SendAsync(string json)
        {
            await _sending.WaitAsync();
            try
            {
                var bytes = Encoding.UTF8.GetBytes(json);
                if (!compress)
                {
                    await socket.SendAsync(bytes, WebSocketMessageType.Text, true, CancellationToken.None);
                    return;
                }

                // One deflate context for the connection; Flush ends each payload with 00 00 FF FF.
                _deflater ??= new ZLibStream(_compressed, CompressionLevel.Fastest, leaveOpen: true);
                _compressed.SetLength(0);
                _deflater.Write(bytes);
                _deflater.Flush();
                var payload = _compressed.ToArray();

                // Split in two WebSocket messages, as large payloads can be, to exercise the client's buffering.
                var half = payload.Length / 2;
                await socket.SendAsync(payload.AsMemory(0, half), WebSocketMessageType.Binary, true, CancellationToken.None);
                await socket.SendAsync(payload.AsMemory(half), WebSocketMessageType.Binary, true, CancellationToken.None);
            }
            finally
            {
                _sending.Release();
            }
        }

        public void Dispose()
        {
            _deflater?.Dispose();
            _compressed.Dispose();
            _sending.Dispose();
        }
    }
}
