using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using NSec.Cryptography;

namespace LlmTutorBot.Tests.Discord.Fakes;

/// <summary>Signs interaction requests as Discord does, with a key made for the test.</summary>
internal sealed class InteractionSigner : IDisposable
{
    private readonly Key _key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });

    public string PublicKeyHex => Convert.ToHexStringLower(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    /// <summary>A signed POST of <paramref name="body"/> at <paramref name="at"/> (now by default).</summary>
    public HttpRequestMessage Request(string path, string body, DateTimeOffset? at = null)
    {
        var timestamp = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = SignatureAlgorithm.Ed25519.Sign(_key, Encoding.UTF8.GetBytes(timestamp + body));
        return Signed(path, body, timestamp, Convert.ToHexStringLower(signature));
    }

    /// <summary>A signed POST of raw bytes (which need not be UTF-8) at the current time.</summary>
    public HttpRequestMessage Request(string path, byte[] body)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = SignatureAlgorithm.Ed25519.Sign(_key, [.. Encoding.UTF8.GetBytes(timestamp), .. body]);
        var request = Signed(path, "", timestamp, Convert.ToHexStringLower(signature));
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return request;
    }

    public static HttpRequestMessage Signed(string path, string body, string? timestamp, string? signatureHex)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        if (timestamp is not null)
        {
            request.Headers.Add("X-Signature-Timestamp", timestamp);
        }

        if (signatureHex is not null)
        {
            request.Headers.Add("X-Signature-Ed25519", signatureHex);
        }

        return request;
    }

    public void Dispose() => _key.Dispose();
}
