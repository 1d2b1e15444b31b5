using System.Text;
using System.Text.Json;
using LlmTutorBot.Discord.Interactions;
using LlmTutorBot.Tests.Infrastructure;

namespace LlmTutorBot.Tests.Discord;

/// <summary>Ed25519 over timestamp + body, against the vectors in ../shared/fixtures/discord/ed25519.</summary>
public sealed class InteractionSignatureUnitTests
{
    public static TheoryData<string> VectorIds() => ["tehgm-aspnetcore-valid", "tehgm-aspnetcore-invalid", "rusty-interaction-ping"];

    [Theory]
    [MemberData(nameof(VectorIds))]
    public void Each_vector_verifies_as_expected(string id)
    {
        var vector = Vector(id);
        var signature = new InteractionSignature(vector.GetProperty("public_key_hex").GetString()!);

        var valid = signature.Verify(
            vector.GetProperty("timestamp").GetString(),
            vector.GetProperty("signature_hex").GetString(),
            Encoding.UTF8.GetBytes(vector.GetProperty("body").GetString()!));

        Assert.Equal(vector.GetProperty("expected").GetString() == "valid", valid);
    }

    [Fact]
    public void A_real_discord_ping_does_not_verify_under_another_applications_key()
    {
        var real = Vector("admiralbot-real-discord-ping-2023-05-07");
        var otherKey = Vector("tehgm-aspnetcore-valid").GetProperty("public_key_hex").GetString()!;

        var valid = new InteractionSignature(otherKey).Verify(
            real.GetProperty("timestamp").GetString(),
            real.GetProperty("headers").GetProperty("x-signature-ed25519").GetString(),
            Encoding.UTF8.GetBytes(real.GetProperty("body").GetString()!));

        Assert.False(valid);
    }

    [Fact]
    public void A_changed_body_or_timestamp_no_longer_verifies()
    {
        var vector = Vector("rusty-interaction-ping");
        var signature = new InteractionSignature(vector.GetProperty("public_key_hex").GetString()!);
        var hex = vector.GetProperty("signature_hex").GetString();

        Assert.False(signature.Verify("1616343572", hex, Encoding.UTF8.GetBytes(vector.GetProperty("body").GetString()!)));
        Assert.False(signature.Verify(vector.GetProperty("timestamp").GetString(), hex, Encoding.UTF8.GetBytes("{\"type\" : 2}")));
    }

    [Theory]
    [InlineData(null, "00")]
    [InlineData("1616343571", null)]
    [InlineData("1616343571", "not hex")]
    [InlineData("1616343571", "abcd")]
    public void Missing_or_malformed_headers_do_not_verify(string? timestamp, string? signatureHex)
    {
        var signature = new InteractionSignature(Vector("rusty-interaction-ping").GetProperty("public_key_hex").GetString()!);

        Assert.False(signature.Verify(timestamp, signatureHex, "{}"u8));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(-299, true)]
    [InlineData(299, true)]
    [InlineData(-301, false)]
    [InlineData(301, false)]
    public void Timestamps_further_than_the_allowed_age_are_stale(int offsetSeconds, bool fresh)
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        var timestamp = (1_700_000_000 + offsetSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(fresh, InteractionSignature.IsFresh(timestamp, now, TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void A_timestamp_that_is_not_a_number_is_stale()
    {
        Assert.False(InteractionSignature.IsFresh("yesterday", DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void A_public_key_that_is_not_32_bytes_of_hex_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new InteractionSignature("abcd"));
    }

    internal static JsonElement Vector(string id)
    {
        using var document = JsonDocument.Parse(SharedFixtures.ReadText("discord", "ed25519", "interaction_signature_vectors.json"));
        return document.RootElement.GetProperty("vectors").EnumerateArray().Single(v => v.GetProperty("id").GetString() == id).Clone();
    }
}
