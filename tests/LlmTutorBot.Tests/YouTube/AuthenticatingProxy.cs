using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace LlmTutorBot.Tests.YouTube;

/// <summary>
/// An HTTP forward proxy on loopback that answers 407 (Basic) until a request carries the expected
/// Proxy-Authorization, then forwards it to its absolute URL (a loopback fake) and relays the answer. Bodies must
/// come with a Content-Length (the bot sends no chunked body).
/// </summary>
internal sealed class AuthenticatingProxy : IAsyncDisposable
{
    private static readonly HttpClient Upstream = new(new SocketsHttpHandler { UseProxy = false, UseCookies = false });

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly string _expected;
    private readonly Task _accepting;

    public AuthenticatingProxy(string user, string password)
    {
        _expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public string Endpoint => $"127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    /// <summary>The Proxy-Authorization header of every request ("" when absent).</summary>
    public ConcurrentQueue<string> Authorizations { get; } = new();

    public int Forwarded => _forwarded;

    private int _forwarded;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        try
        {
            while (await ReadHeadAsync(stream) is { } head)
            {
                var lines = head.Split("\r\n");
                var parts = lines[0].Split(' ');
                var headers = lines.Skip(1).Where(l => l.Contains(':', StringComparison.Ordinal))
                    .Select(l => (Name: l[..l.IndexOf(':', StringComparison.Ordinal)].Trim(), Value: l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()))
                    .ToList();
                var length = int.Parse(headers.FirstOrDefault(h => h.Name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)).Value ?? "0", CultureInfo.InvariantCulture);
                var body = new byte[length];
                await stream.ReadExactlyAsync(body, _stop.Token);
                var authorization = headers.FirstOrDefault(h => h.Name.Equals("Proxy-Authorization", StringComparison.OrdinalIgnoreCase)).Value ?? "";
                Authorizations.Enqueue(authorization);
                if (authorization != _expected)
                {
                    await WriteAsync(stream, "HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"youtube\"\r\nContent-Length: 0\r\n\r\n", []);
                    continue;
                }

                Interlocked.Increment(ref _forwarded);
                using var request = new HttpRequestMessage(new HttpMethod(parts[0]), parts[1]);
                if (length > 0 || parts[0] == "POST")
                {
                    request.Content = new ByteArrayContent(body);
                }

                foreach (var (name, value) in headers.Where(h => !h.Name.StartsWith("Proxy-", StringComparison.OrdinalIgnoreCase) && h.Name is not ("Host" or "Content-Length" or "Connection")))
                {
                    if (!request.Headers.TryAddWithoutValidation(name, value))
                    {
                        request.Content?.Headers.TryAddWithoutValidation(name, value);
                    }
                }

                using var response = await Upstream.SendAsync(request, _stop.Token);
                var answer = await response.Content.ReadAsByteArrayAsync(_stop.Token);
                var type = response.Content.Headers.ContentType?.ToString() ?? "text/plain";
                await WriteAsync(stream, $"HTTP/1.1 {(int)response.StatusCode} {response.ReasonPhrase}\r\nContent-Type: {type}\r\nContent-Length: {answer.Length}\r\n\r\n", answer);
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // The client closed the connection, or the proxy stops.
        }
    }

    private async Task<string?> ReadHeadAsync(NetworkStream stream)
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (!(bytes.Count >= 4 && bytes[^4] == '\r' && bytes[^3] == '\n' && bytes[^2] == '\r' && bytes[^1] == '\n'))
        {
            if (await stream.ReadAsync(one, _stop.Token) == 0)
            {
                return null;
            }

            bytes.Add(one[0]);
        }

        return Encoding.ASCII.GetString([.. bytes]);
    }

    private async Task WriteAsync(NetworkStream stream, string head, byte[] body)
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), _stop.Token);
        await stream.WriteAsync(body, _stop.Token);
        await stream.FlushAsync(_stop.Token);
    }
}
