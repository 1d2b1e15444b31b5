using System.Net;
using System.Text;
using LlmTutorBot.Discord.Interactions;
using LlmTutorBot.Tests.Discord.Fakes;
using LlmTutorBot.Tests.Infrastructure;
using LlmTutorBot.Tests.Teams;
using LlmTutorBot.Tests.WebChat;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LlmTutorBot.Tests.Security;

/// <summary>
/// The rejection paths the endpoint tests beside each adapter do not cover: each is refused with its status and a
/// body that says why, and nothing reaches the bot.
/// </summary>
public sealed class AuthRejectionTests(RedisFixture redis) : IAsyncLifetime
{
    private readonly InteractionSigner _signer = new();
    private FakeBotFramework _fake = null!;
    private WebApplicationFactory<Program> _factory = null!;
    private HttpClient _client = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _fake = await FakeBotFramework.StartAsync();
        _factory = TeamsHost.Create(
            redis.ConnectionString,
            _fake,
            ("Discord:ApplicationId", "352205866889641984"),
            ("Discord:PublicKey", _signer.PublicKeyHex),
            ("Discord:ApiBaseUrl", "http://127.0.0.1:9/"));
        _client = _factory.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await _fake.DisposeAsync();
        _signer.Dispose();
    }

    [Theory]
    [InlineData("basic scheme", 401)]
    [InlineData("bearer without a token", 401)]
    [InlineData("unknown key id", 401)]
    [InlineData("no serviceurl claim", 401)]
    [InlineData("another channel than the key's endorsement", 403)]
    public async Task Api_messages_refuses_with_a_reason(string kind, int status)
    {
        var channel = kind == "another channel than the key's endorsement" ? "slack" : "msteams";
        var activity = $$"""{"type":"message","id":"{{Guid.NewGuid():N}}","serviceUrl":"{{_fake.ServiceUrl}}","channelId":"{{channel}}","from":{"id":"29:u"},"conversation":{"id":"a:{{Guid.NewGuid():N}}"},"recipient":{"id":"28:b"},"text":"/help"}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative)) { Content = new StringContent(activity, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Authorization", kind switch
        {
            "basic scheme" => $"Basic {_fake.Token()}",
            "bearer without a token" => "Bearer ",
            "unknown key id" => $"Bearer {_fake.Token(keyId: "a-key-nobody-published")}",
            "no serviceurl claim" => $"Bearer {_fake.Token(serviceUrl: "")}",
            _ => $"Bearer {_fake.Token()}",
        });

        using var response = await _client.SendAsync(request, Cancel);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains("\"detail\"", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.DoesNotContain(_fake.Calls, c => c.IsMessage);
    }

    [Theory]
    [InlineData("signature not hex")]
    [InlineData("signature too short")]
    [InlineData("timestamp not a number")]
    [InlineData("body changed after signing")]
    public async Task Discord_interactions_refuse_with_401_and_a_reason(string kind)
    {
        const string body = """{"id":"1","application_id":"352205866889641984","type":1,"token":"t","version":1}""";
        using var good = _signer.Request(DiscordInteractionsEndpoint.Path, body);
        var timestamp = good.Headers.GetValues("X-Signature-Timestamp").Single();
        var signature = good.Headers.GetValues("X-Signature-Ed25519").Single();
        using var request = kind switch
        {
            "signature not hex" => InteractionSigner.Signed(DiscordInteractionsEndpoint.Path, body, timestamp, new string('z', 128)),
            "signature too short" => InteractionSigner.Signed(DiscordInteractionsEndpoint.Path, body, timestamp, signature[..64]),
            "timestamp not a number" => InteractionSigner.Signed(DiscordInteractionsEndpoint.Path, body, "soon", signature),
            _ => InteractionSigner.Signed(DiscordInteractionsEndpoint.Path, body.Replace("\"t\"", "\"u\"", StringComparison.Ordinal), timestamp, signature),
        };

        using var response = await _client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("invalid request signature", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("basic scheme", 401)]
    [InlineData("a made-up token", 401)]
    [InlineData("a token of another conversation", 403)]
    public async Task Direct_line_refuses_with_a_reason(string kind, int status)
    {
        var mine = (await WebChatHost.GenerateAsync(_client)).Token;
        var other = await WebChatHost.GenerateAsync(_client);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/v3/directline/conversations/{other.ConversationId}/activities", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Authorization", kind switch
        {
            "basic scheme" => $"Basic {other.Token}",
            "a made-up token" => "Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            _ => $"Bearer {mine}",
        });

        using var response = await _client.SendAsync(request, Cancel);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains("\"error\"", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }
}
