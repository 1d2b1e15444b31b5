using System.Net;
using LlmTutorBot.Tests.Infrastructure;

namespace LlmTutorBot.Tests.Teams;

/// <summary>
/// /api/messages without a MicrosoftAppId: closed unless BotFramework:AllowUnauthenticatedLocal, and then only for a
/// direct loopback caller (no forwarding headers) naming a loopback serviceUrl. Nothing refused reaches the Connector.
/// </summary>
public sealed class LocalModeTests(RedisFixture redis) : IAsyncLifetime
{
    private FakeBotFramework _fake = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _fake = await FakeBotFramework.StartAsync();

    public async ValueTask DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task Without_an_app_id_and_without_the_local_switch_the_endpoint_answers_401_saying_what_to_set()
    {
        await using var factory = TeamsHost.Create(redis.ConnectionString, _fake, ("MicrosoftAppId", ""), ("BotFramework:AllowUnauthenticatedLocal", "false"));
        using var client = factory.CreateClient();
        var activity = TeamsHost.Recorded(_fake, TeamsFixtures.Recordings2019, "personal_message.activity.json", text: "/help");

        using var response = await TeamsHost.PostAsync(client, activity, token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("MicrosoftAppId", problem, StringComparison.Ordinal);
        Assert.Contains("BotFramework:AllowUnauthenticatedLocal", problem, StringComparison.Ordinal);
        Assert.Empty(_fake.Calls);
    }

    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.9")]
    [InlineData("Forwarded", "for=203.0.113.9;proto=https")]
    [InlineData("X-Real-IP", "203.0.113.9")]
    [InlineData(TestPeer.Header, "203.0.113.9")]
    public async Task A_caller_behind_a_proxy_or_on_another_machine_is_refused_even_with_the_local_switch(string header, string value)
    {
        await using var factory = TeamsHost.Create(redis.ConnectionString, _fake, ("MicrosoftAppId", ""), ("BotFramework:AllowUnauthenticatedLocal", "true"));
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation(header, value);
        var activity = TeamsHost.Recorded(_fake, TeamsFixtures.Recordings2019, "personal_message.activity.json", text: "/help");

        using var response = await TeamsHost.PostAsync(client, activity, token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("this machine", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Empty(_fake.Calls);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("http://169.254.169.254/")]
    [InlineData("not a url")]
    public async Task An_unauthenticated_activity_naming_a_service_url_off_this_machine_is_refused(string serviceUrl)
    {
        await using var factory = TeamsHost.Create(redis.ConnectionString, _fake, ("MicrosoftAppId", ""), ("BotFramework:AllowUnauthenticatedLocal", "true"));
        using var client = factory.CreateClient();
        var activity = TeamsHost.Recorded(_fake, TeamsFixtures.Recordings2019, "personal_message.activity.json", text: "/help") with { ServiceUrl = serviceUrl };

        using var response = await TeamsHost.PostAsync(client, activity, token: null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("serviceUrl", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Empty(_fake.Calls);
    }
}
