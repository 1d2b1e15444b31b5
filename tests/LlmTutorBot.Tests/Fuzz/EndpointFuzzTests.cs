using System.Net.Http.Json;
using System.Net.Http.Headers;
using LlmTutorBot.Discord.Interactions;
using LlmTutorBot.Tests.Discord.Fakes;
using LlmTutorBot.Tests.Infrastructure;
using LlmTutorBot.Tests.Teams;
using LlmTutorBot.Tests.WebChat;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LlmTutorBot.Tests.Fuzz;

/// <summary>
/// Mutated bodies POSTed to every public endpoint that reads one, past its authentication (a valid Bot Framework token,
/// a good Ed25519 signature, a Direct Line token): every answer is a 2xx or a 4xx with a body that says why, never a 500.
/// </summary>
public sealed class EndpointFuzzTests(RedisFixture redis) : IAsyncLifetime
{
    private const string DiscordApplicationId = "352205866889641984";

    private readonly InteractionSigner _signer = new();
    private FakeBotFramework _botFramework = null!;
    private FakeDiscordRest _discord = null!;
    private WebApplicationFactory<Program> _factory = null!;
    private HttpClient _client = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _botFramework = await FakeBotFramework.StartAsync();
        _discord = await FakeDiscordRest.StartAsync();
        _factory = TeamsHost.Create(
            redis.ConnectionString,
            _botFramework,
            ("RateLimits:Enabled", "false"),
            ("Discord:ApiBaseUrl", _discord.BaseUrl.ToString()),
            ("Discord:ApplicationId", DiscordApplicationId),
            ("Discord:PublicKey", _signer.PublicKeyHex));
        _client = _factory.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await _discord.DisposeAsync();
        await _botFramework.DisposeAsync();
        _signer.Dispose();
    }

    [Fact]
    public async Task Mutated_activities_with_a_valid_token_get_a_2xx_or_a_clear_4xx_from_api_messages()
    {
        var seeds = FuzzSeeds.TeamsActivities.Select(s => s.Replace(FuzzSeeds.TeamsServiceUrl, _botFramework.ServiceUrl, StringComparison.Ordinal)).ToList();
        var token = _botFramework.Token();
        await Fuzz.RunAsync(
            "POST /api/messages",
            600,
            fuzz => fuzz.MutateJsonBytes(fuzz.Pick(seeds)),
            async body =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative)) { Content = Json(body) };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                await AssertClearAnswerAsync(request);
            },
            Describe);
    }

    [Fact]
    public async Task Mutated_interactions_with_a_good_signature_get_a_2xx_or_a_clear_4xx()
    {
        await Fuzz.RunAsync(
            "POST /api/discord/interactions",
            600,
            fuzz => fuzz.MutateJsonBytes(fuzz.Pick(FuzzSeeds.Interactions)),
            async body =>
            {
                using var request = _signer.Request(DiscordInteractionsEndpoint.Path, body);
                await AssertClearAnswerAsync(request);
            },
            Describe);
    }

    [Fact]
    public async Task Mutated_direct_line_activities_get_a_2xx_or_a_clear_4xx()
    {
        var token = (await WebChatHost.GenerateAsync(_client)).Token;
        using var started = await WebChatHost.SendAsync(_client, HttpMethod.Post, "/v3/directline/conversations", token);
        var conversationId = (await started.Content.ReadFromJsonAsync(LlmTutorBot.WebChat.Wire.WebChatJsonContext.Default.ConversationResponse, Cancel))!.ConversationId;
        string[] seeds =
        [
            WebChatHost.Message("/help"),
            """{"type":"message","from":{"id":"u1","name":"Ada","role":"user"},"text":"what is attention?","locale":"fr-FR","channelData":{"x":1},"attachments":[{"contentType":"text/plain","contentUrl":"http://127.0.0.1:9/a.srt","name":"a.srt"}]}""",
            """{"type":"typing","from":{"id":"u1"}}""",
        ];
        await Fuzz.RunAsync(
            "POST /v3/directline/conversations/{id}/activities",
            600,
            fuzz => fuzz.MutateJsonBytes(fuzz.Pick(seeds)),
            async body =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/v3/directline/conversations/{conversationId}/activities", UriKind.Relative)) { Content = Json(body) };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                await AssertClearAnswerAsync(request);
            },
            Describe);
    }

    private async Task AssertClearAnswerAsync(HttpRequestMessage request)
    {
        using var response = await _client.SendAsync(request, Cancel);
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync(Cancel);
        // 501 answers an invoke the bot does not offer (the Bot Framework's convention); 503 says the queue is full.
        Assert.True(status is >= 200 and < 500 or 501 or 503, $"Answered {status}: {body}");
        if (status >= 400)
        {
            Assert.False(string.IsNullOrWhiteSpace(body), $"Answered {status} without saying why.");
        }
    }

    private static ByteArrayContent Json(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private static string Describe(byte[] body) => System.Text.Encoding.UTF8.GetString(body);
}
