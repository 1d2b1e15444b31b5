using System.Net;
using System.Text;
using LlmTutorBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using static LlmTutorBot.Tests.Teams.TeamsFixtures;

namespace LlmTutorBot.Tests.Teams;

/// <summary>/api/messages refuses every token the Connector did not issue for this bot and this activity.</summary>
public sealed class BotFrameworkAuthTests(RedisFixture redis) : IAsyncLifetime
{
    private FakeBotFramework _fake = null!;
    private WebApplicationFactory<Program> _factory = null!;
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _fake = await FakeBotFramework.StartAsync();
        _factory = TeamsHost.Create(redis.ConnectionString, _fake, ("BotFramework:MaxRequestBytes", "4096"));
        _client = _factory.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task A_token_from_the_connector_for_this_bot_is_accepted()
    {
        var activity = TeamsHost.Recorded(_fake, Recordings2019, "personal_message.activity.json", text: "/help");

        using var response = await TeamsHost.PostAsync(_client, activity, _fake.Token());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    public static TheoryData<string> RefusedTokens() => ["forged", "expired", "not yet valid", "wrong audience", "wrong issuer", "unsigned", "no token", "not a jwt"];

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task A_bad_token_is_refused_with_401(string kind)
    {
        var activity = TeamsHost.Recorded(_fake, Recordings2019, "personal_message.activity.json");
        var token = kind switch
        {
            "forged" => FakeBotFramework.ForgedToken(),
            "expired" => _fake.Token(expires: DateTime.UtcNow.AddMinutes(-6), notBefore: DateTime.UtcNow.AddHours(-1)),
            "not yet valid" => _fake.Token(notBefore: DateTime.UtcNow.AddMinutes(10), expires: DateTime.UtcNow.AddHours(1)),
            "wrong audience" => _fake.Token(audience: "00000000-0000-0000-0000-000000000000"),
            "wrong issuer" => _fake.Token(issuer: "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/"),
            "unsigned" => _fake.UnsignedToken(),
            "not a jwt" => "hunter2",
            _ => null,
        };

        using var response = await TeamsHost.PostAsync(_client, activity, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_fake.Calls);
    }

    [Fact]
    public async Task A_token_expired_within_the_five_minute_skew_is_still_accepted()
    {
        var activity = TeamsHost.Recorded(_fake, Recordings2019, "personal_message.activity.json");

        using var response = await TeamsHost.PostAsync(_client, activity, _fake.Token(expires: DateTime.UtcNow.AddMinutes(-2), notBefore: DateTime.UtcNow.AddHours(-1)));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task A_key_not_endorsed_for_msteams_is_refused_with_403()
    {
        var activity = TeamsHost.Recorded(_fake, Recordings2019, "personal_message.activity.json");

        using var response = await TeamsHost.PostAsync(_client, activity, _fake.Token(endorsedKey: false));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_token_issued_for_another_service_url_is_refused()
    {
        var activity = TeamsHost.Recorded(_fake, Recordings2019, "personal_message.activity.json");

        using var response = await TeamsHost.PostAsync(_client, activity, _fake.Token(serviceUrl: "https://smba.trafficmanager.net/emea/"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Malformed_json_with_a_good_token_gets_400_with_problem_details()
    {
        using var response = await TeamsHost.PostRawAsync(_client, "{\"type\": \"message\", \"text\": ", _fake.Token());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_413()
    {
        var activity = TeamsHost.Recorded(_fake, Recordings2019, "personal_message.activity.json", text: new string('x', 5000));

        using var response = await TeamsHost.PostAsync(_client, activity, _fake.Token());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_gets_413_too()
    {
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes($"{{\"type\":\"message\",\"text\":\"{new string('x', 5000)}\"}}")));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative)) { Content = content };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.Authorization = new("Bearer", _fake.Token());

        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
