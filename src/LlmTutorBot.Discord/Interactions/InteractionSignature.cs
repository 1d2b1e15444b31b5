using System.Globalization;
using System.Text;
using NSec.Cryptography;

namespace LlmTutorBot.Discord.Interactions;

/// <summary>
/// Discord's signature on an interaction request: Ed25519 over UTF-8(X-Signature-Timestamp + raw body), checked with
/// the application's public key; requests signed too long ago (or in the future) are refused as replays.
/// </summary>
internal sealed class InteractionSignature
{
    private readonly PublicKey _key;

    public InteractionSignature(string publicKeyHex)
    {
        if (!TryHex(publicKeyHex, out var bytes) || bytes.Length != 32)
        {
            throw new ArgumentException("The public key must be 64 hexadecimal characters.", nameof(publicKeyHex));
        }

        _key = PublicKey.Import(SignatureAlgorithm.Ed25519, bytes, KeyBlobFormat.RawPublicKey);
    }

    public bool Verify(string? timestamp, string? signatureHex, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(timestamp) || !TryHex(signatureHex, out var signature) || signature.Length != 64)
        {
            return false;
        }

        var message = new byte[Encoding.UTF8.GetByteCount(timestamp) + body.Length];
        var written = Encoding.UTF8.GetBytes(timestamp, message);
        body.CopyTo(message.AsSpan(written));
        return SignatureAlgorithm.Ed25519.Verify(_key, message, signature);
    }

    /// <summary>True when the signed timestamp (Unix seconds) is within <paramref name="maxAge"/> of now.</summary>
    public static bool IsFresh(string? timestamp, DateTimeOffset now, TimeSpan maxAge) =>
        long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        && seconds < 100_000_000_000
        && (now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() <= maxAge;

    private static bool TryHex(string? hex, out byte[] bytes)
    {
        bytes = [];
        if (string.IsNullOrEmpty(hex) || hex.Length % 2 != 0 || hex.Length > 256)
        {
            return false;
        }

        try
        {
            bytes = Convert.FromHexString(hex);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
