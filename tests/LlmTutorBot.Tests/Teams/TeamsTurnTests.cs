using System.Net;
using System.Text.Json;
using LlmTutorBot.Tests.Infrastructure;
using static LlmTutorBot.Tests.Teams.TeamsFixtures;

namespace LlmTutorBot.Tests.Teams;

/// <summary>Whole turns: the request answered at once, the reply sent through a fake Connector on loopback.</summary>
public sealed class TeamsTurnTests(RedisFixture redis) : IAsyncLifetime
{
    private FakeBotFramework _fake = null!;

    public async ValueTask InitializeAsync() => _fake = await FakeBotFramework.StartAsync();

    public async ValueTask DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task A_channel_mention_is_answered_in_its_thread_with_an_outbound_token()
    {
        await using var factory = TeamsHost.Create(redis.ConnectionString, _fake);
        using var client = factory.CreateClient();
        var activity = TeamsHost.Recorded(_fake, TeamsNet2025, "channel_thread_reply_mention_2025-10-08.activity.json", text: "<at>ridotest</at> /help");

        using var response = await TeamsHost.PostAsync(client, activity, _fake.Token());
        var reply = (await _fake.WaitForAsync(c => c.IsMessage)).Single();

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("POST", reply.Method);
        Assert.Equal("19:6848757105754c8981c67612732d9aa7@thread.tacv2;messageid=1759881511856", reply.ConversationId);
        Assert.Equal(activity.Id, reply.ActivityId);
        Assert.Equal("Bearer outbound-token-for-tenant-1", reply.Authorization);
        Assert.Equal("28:0b6fe6d1-fece-44f7-9a48-56465e2d5ab8", reply.Activity.From?.Id);
        var card = Assert.Single(reply.Activity.Attachments!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.ContentType);
        Assert.Contains("/help", card.Content!.Value.GetRawText(), StringComparison.Ordinal);
        Assert.Contains(_fake.Calls, c => c.IsTyping);
    }

    [Fact]
    public async Task The_same_activity_delivered_twice_is_answered_once()
    {
        await using var factory = TeamsHost.Create(redis.ConnectionString, _fake, ("BotFramework:MaxConcurrentTurns", "1"));
        using var client = factory.CreateClient();
        var activity = TeamsHost.Recorded(_fake, Recordings2019, "personal_message.activity.json", text: "/help");
        var marker = TeamsHost.Recorded(_fake, Recordings2019, "personal_message.activity.json", text: "/lang");

        using var first = await TeamsHost.PostAsync(client, activity, _fake.Token());
        using var second = await TeamsHost.PostAsync(client, activity, _fake.Token());
        using var third = await TeamsHost.PostAsync(client, marker, _fake.Token());
        await _fake.WaitForAsync(c => c.IsMessage && c.ActivityId == marker.Id);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Single(_fake.Calls, c => c.IsMessage && c.ActivityId == activity.Id);
    }

    [Fact]
    public async Task A_duplicate_reaching_another_replica_is_answered_once()
    {
        var prefix = RedisFixture.UniquePrefix();
        await using var replicaA = TeamsHost.Create(redis.ConnectionString, _fake, ("State:KeyPrefix", prefix), ("BotFramework:MaxConcurrentTurns", "1"));
        await using var replicaB = TeamsHost.Create(redis.ConnectionString, _fake, ("State:KeyPrefix", prefix), ("BotFramework:MaxConcurrentTurns", "1"));
        using var clientA = replicaA.CreateClient();
        using var clientB = replicaB.CreateClient();
        var activity = TeamsHost.Recorded(_fake, Recordings2019, "personal_message.activity.json", text: "/help");
        var marker = TeamsHost.Recorded(_fake, Recordings2019, "personal_message.activity.json", text: "/lang");

        using var first = await TeamsHost.PostAsync(clientA, activity, _fake.Token());
        await _fake.WaitForAsync(c => c.IsMessage && c.ActivityId == activity.Id);
        using var again = await TeamsHost.PostAsync(clientB, activity, _fake.Token());
        using var next = await TeamsHost.PostAsync(clientB, marker, _fake.Token());
        await _fake.WaitForAsync(c => c.IsMessage && c.ActivityId == marker.Id);

        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Single(_fake.Calls, c => c.IsMessage && c.ActivityId == activity.Id);
    }

    [Fact]
    public async Task Throttled_and_failing_connector_calls_are_retried_until_the_reply_goes_through()
    {
        await using var factory = TeamsHost.Create(redis.ConnectionString, _fake);
        using var client = factory.CreateClient();
        var activity = TeamsHost.Recorded(_fake, Recordings2019, "personal_message.activity.json", text: "/help");
        _fake.FailNext(429, 502, 504, 412);

        using var response = await TeamsHost.PostAsync(client, activity, _fake.Token());
        await _fake.WaitForAsync(c => c.IsMessage && c.ActivityId == activity.Id);

        Assert.Equal([429, 502, 504, 412], _fake.Calls.Where(c => c.Status != 200).Select(c => c.Status));
    }

    [Fact]
    public async Task An_action_execute_press_is_answered_200_with_an_invoke_body_and_runs_its_command()
    {
        await using var factory = TeamsHost.Create(redis.ConnectionString, _fake);
        using var client = factory.CreateClient();
        var activity = TeamsHost.Recorded(_fake, TeamsNet2025, "personal_invoke_adaptiveCard_action_2026-01-07.activity.json") with
        {
            Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb = "command", data = new { command = "/help" } } }),
        };

        using var response = await TeamsHost.PostAsync(client, activity, _fake.Token());
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var reply = (await _fake.WaitForAsync(c => c.IsMessage && c.ActivityId == activity.Id)).Single();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(200, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.activity.message", body.RootElement.GetProperty("type").GetString());
        Assert.NotNull(reply.Activity.Attachments);
    }

    [Fact]
    public async Task A_press_of_a_button_that_is_not_ours_gets_an_error_invoke_body_and_no_reply()
    {
        await using var factory = TeamsHost.Create(redis.ConnectionString, _fake);
        using var client = factory.CreateClient();
        var activity = TeamsHost.Recorded(_fake, TeamsNet2025, "personal_invoke_adaptiveCard_action_2026-01-07.activity.json");

        using var response = await TeamsHost.PostAsync(client, activity, _fake.Token());
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(400, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.error", body.RootElement.GetProperty("type").GetString());
        Assert.Empty(_fake.Calls);
    }

    [Fact]
    public async Task An_invoke_the_bot_does_not_offer_gets_501()
    {
        await using var factory = TeamsHost.Create(redis.ConnectionString, _fake);
        using var client = factory.CreateClient();
        var activity = TeamsHost.Recorded(_fake, Recordings2019, "invoke_task_fetch.activity.json");

        using var response = await TeamsHost.PostAsync(client, activity, _fake.Token());

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Adding_the_bot_sends_one_welcome_in_the_users_language()
    {
        await using var factory = TeamsHost.Create(redis.ConnectionString, _fake, ("BotFramework:MaxConcurrentTurns", "1"));
        using var client = factory.CreateClient();
        var recorded = TeamsHost.Recorded(_fake, Recordings2019, "conversationUpdate_groupChat_membersAdded.activity.json");
        var added = recorded with { MembersAdded = [recorded.Recipient!], Locale = "fr-FR", Conversation = recorded.Conversation! with { Id = $"19:{Guid.NewGuid():N}@thread.v2" } };
        var addedAgain = added with { Id = $"{added.Id}-again" };
        var marker = TeamsHost.Recorded(_fake, Recordings2019, "personal_message.activity.json", text: "/lang");

        using var first = await TeamsHost.PostAsync(client, added, _fake.Token());
        using var second = await TeamsHost.PostAsync(client, addedAgain, _fake.Token());
        using var third = await TeamsHost.PostAsync(client, marker, _fake.Token());
        await _fake.WaitForAsync(c => c.IsMessage && c.ActivityId == marker.Id);

        var welcome = Assert.Single(_fake.Calls, c => c.IsMessage && c.ConversationId == added.Conversation.Id);
        Assert.Null(welcome.ActivityId);
        Assert.StartsWith("Bonjour", welcome.Activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_app_id_only_loopback_callers_are_accepted_and_replies_go_unauthenticated()
    {
        await using var factory = TeamsHost.Create(redis.ConnectionString, _fake, ("MicrosoftAppId", ""), ("urls", "http://127.0.0.1:0"));
        factory.UseKestrel(0);
        using var loopback = factory.CreateClient();
        var activity = TeamsHost.Recorded(_fake, Recordings2019, "personal_message.activity.json", text: "/help");

        using var response = await TeamsHost.PostAsync(loopback, activity, token: null);
        var reply = (await _fake.WaitForAsync(c => c.IsMessage && c.ActivityId == activity.Id)).Single();

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("", reply.Authorization);
    }
}
