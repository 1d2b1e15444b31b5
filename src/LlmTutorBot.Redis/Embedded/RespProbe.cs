using System.Net;
using System.Net.Sockets;
using System.Text;

namespace LlmTutorBot.Redis.Embedded;

/// <summary>What a served store answered to AUTH.</summary>
public enum ProbeResult
{
    Accepted,
    WrongPassword,
    Unreachable,
}

/// <summary>
/// Sends one AUTH to a loopback port and reads the answer: cheaper than a client connection, and it tells a wrong
/// password (which a client connection only retries) from a server that is not there.
/// </summary>
public static class RespProbe
{
    public static ProbeResult Authenticate(int port, string password, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(password);
        try
        {
            using var client = new TcpClient(AddressFamily.InterNetwork) { NoDelay = true, ReceiveTimeout = (int)timeout.TotalMilliseconds, SendTimeout = (int)timeout.TotalMilliseconds };
            if (!client.ConnectAsync(IPAddress.Loopback, port).Wait(timeout))
            {
                return ProbeResult.Unreachable;
            }

            var stream = client.GetStream();
            var length = Encoding.UTF8.GetByteCount(password);
            stream.Write(Encoding.UTF8.GetBytes($"*2\r\n$4\r\nAUTH\r\n${length}\r\n{password}\r\n"));
            var reply = ReadLine(stream);
            return reply.StartsWith('+') ? ProbeResult.Accepted
                : reply.StartsWith('-') ? ProbeResult.WrongPassword
                : ProbeResult.Unreachable;
        }
        catch (Exception exception) when (exception is SocketException or IOException or AggregateException)
        {
            return ProbeResult.Unreachable;
        }
    }

    private static string ReadLine(NetworkStream stream)
    {
        var line = new StringBuilder();
        Span<byte> one = stackalloc byte[1];
        while (line.Length < 512 && stream.Read(one) == 1 && one[0] != '\n')
        {
            line.Append((char)one[0]);
        }

        return line.ToString().TrimEnd('\r');
    }
}
