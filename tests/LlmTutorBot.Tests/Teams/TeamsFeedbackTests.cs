using System.Net;
using System.Text.Json;
using LlmTutorBot.Cli;
using LlmTutorBot.Teams;
using LlmTutorBot.Teams.Activities;
using LlmTutorBot.Teams.Feedback;
using LlmTutorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static LlmTutorBot.Tests.Teams.TeamsFixtures;

namespace LlmTutorBot.Tests.Teams;

/// <summary>Feedback buttons: the message/submitAction invoke stored in Redis and listed by "teams feedback"; feedback on other messages refused.</summary>
public sealed class TeamsFeedbackTests(RedisFixture redis) : IAsyncLifetime
{
    private FakeBotFramework _fake = null!;

    public async ValueTask InitializeAsync() => _fake = await FakeBotFramework.StartAsync();

    public async ValueTask DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task Feedback_on_an_answer_the_bot_sent_is_stored_and_listed_newest_first_as_json_lines()
    {
        var prefix = RedisFixture.UniquePrefix();
        await using var factory = TeamsHost.Create(redis.ConnectionString, _fake, ("State:KeyPrefix", prefix));
        using var client = factory.CreateClient();
        var recorded = TeamsHost.Recorded(_fake, Recordings2019, "personal_message.activity.json");
        var store = factory.Services.GetRequiredService<TeamsFeedbackStore>();
        await store.RememberSentAsync(recorded.Conversation!.Id!, "answer-1");
        await store.RememberSentAsync(recorded.Conversation!.Id!, "answer-2");

        using var liked = await TeamsHost.PostAsync(client, Feedback(recorded, "answer-1", "like", """{"feedbackText":"Clear, thanks"}"""), _fake.Token());
        using var disliked = await TeamsHost.PostAsync(client, Feedback(recorded, "answer-2", "dislike", null), _fake.Token());
        var listed = await ListAsync(prefix, "--count", "5");

        Assert.Equal(HttpStatusCode.OK, liked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, disliked.StatusCode);
        var lines = listed.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["answer-2", "answer-1"], lines.Select(l => l.GetProperty("messageId").GetString()));
        Assert.Equal(["dislike", "like"], lines.Select(l => l.GetProperty("reaction").GetString()));
        Assert.Equal("Clear, thanks", lines[1].GetProperty("comment").GetString());
        Assert.Equal(recorded.From!.Id, lines[1].GetProperty("user").GetString());
        Assert.Equal(recorded.Conversation!.Id, lines[1].GetProperty("conversation").GetString());
        Assert.True(lines[1].TryGetProperty("at", out _));
    }

    [Fact]
    public async Task Feedback_on_a_message_the_bot_did_not_send_is_refused_with_a_reason_and_nothing_is_stored()
    {
        var prefix = RedisFixture.UniquePrefix();
        await using var factory = TeamsHost.Create(redis.ConnectionString, _fake, ("State:KeyPrefix", prefix));
        using var client = factory.CreateClient();
        var recorded = TeamsHost.Recorded(_fake, Recordings2019, "personal_message.activity.json");
        await factory.Services.GetRequiredService<TeamsFeedbackStore>().RememberSentAsync("a:some-other-conversation", "answer-1");

        using var unknown = await TeamsHost.PostAsync(client, Feedback(recorded, "never-sent", "like", null), _fake.Token());
        using var otherConversation = await TeamsHost.PostAsync(client, Feedback(recorded, "answer-1", "like", null), _fake.Token());
        using var noMessage = await TeamsHost.PostAsync(client, Feedback(recorded, null, "like", null), _fake.Token());

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("did not send this message", await unknown.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, otherConversation.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noMessage.StatusCode);
        Assert.Equal("", await ListAsync(prefix));
    }

    [Fact]
    public async Task A_reaction_other_than_like_or_dislike_is_refused()
    {
        await using var factory = TeamsHost.Create(redis.ConnectionString, _fake);
        using var client = factory.CreateClient();
        var recorded = TeamsHost.Recorded(_fake, Recordings2019, "personal_message.activity.json");
        await factory.Services.GetRequiredService<TeamsFeedbackStore>().RememberSentAsync(recorded.Conversation!.Id!, "answer-1");

        using var response = await TeamsHost.PostAsync(client, Feedback(recorded, "answer-1", "love", null), _fake.Token());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<string> ListAsync(string prefix, params string[] options)
    {
        await using var services = BotServices.Build(redis.ConnectionString, new Dictionary<string, string?> { ["State:KeyPrefix"] = prefix }, s => s.AddTeams());
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await new TeamsCliTool().RunAsync(services, ["feedback", .. options], output, error, TestContext.Current.CancellationToken);
        Assert.Equal(0, code);
        return output.ToString();
    }

    private static Activity Feedback(Activity recorded, string? messageId, string reaction, string? comment) => recorded with
    {
        Id = $"invoke-{Guid.NewGuid():N}",
        Type = ActivityTypes.Invoke,
        Name = ActivityTypes.MessageSubmitAction,
        Text = null,
        ReplyToId = messageId,
        Value = JsonSerializer.SerializeToElement(new Dictionary<string, object>
        {
            ["actionName"] = "feedback",
            ["actionValue"] = comment is null
                ? new Dictionary<string, string> { ["reaction"] = reaction }
                : new Dictionary<string, string> { ["reaction"] = reaction, ["feedback"] = comment },
        }),
    };
}
