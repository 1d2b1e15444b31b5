using System.Text;
using System.Text.Json;
using LlmTutorBot.Core.Commands;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Core.Routing;
using LlmTutorBot.Discord.Inbound;
using LlmTutorBot.Discord.JsonModels;
using LlmTutorBot.Discord.Turns;
using LlmTutorBot.Tests.Commands;
using LlmTutorBot.Tests.Discord.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LlmTutorBot.Tests.Discord;

/// <summary>
/// Interactions answered through their webhook alone (a user install where the bot is not a member), and errors
/// after a public deferred answer shown only to their user, against the fake REST server.
/// </summary>
public sealed class DiscordWebhookOnlyTests : IAsyncLifetime
{
    private const string Application = "352205866889641984";
    private const string OriginalPath = $"/webhooks/{Application}/tok/messages/@original";
    private const string FollowupPath = $"/webhooks/{Application}/tok";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly TestHandler _handler;
    private readonly DiscordInboundConverter _converter = new(new CommandParser(TestCommands.Catalog()), TestCommands.Catalog());
    private FakeDiscordRest _rest = null!;
    private ServiceProvider _services = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public DiscordWebhookOnlyTests() => _handler = new TestHandler(_time);

    private DiscordTurnRunner Runner => _services.GetRequiredService<DiscordTurnRunner>();

    public async ValueTask InitializeAsync()
    {
        _rest = await FakeDiscordRest.StartAsync();
        _services = DiscordTestServices.Build(_rest, _time, addServices: s => s.AddSingleton<IIntentHandler>(_handler));
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _rest.DisposeAsync();
    }

    [Theory]
    [InlineData("""{"context":2,"authorizing_integration_owners":{"1":"42"}}""", true, true)]
    [InlineData("""{"guild_id":"300","context":0,"authorizing_integration_owners":{"1":"42"},"app_permissions":"0"}""", true, false)]
    [InlineData("""{"guild_id":"300","context":0,"authorizing_integration_owners":{"0":"300","1":"42"}}""", false, true)]
    [InlineData("""{"guild_id":"300","context":0,"authorizing_integration_owners":{"0":"300"},"app_permissions":"3072"}""", false, false)]
    [InlineData("""{"guild_id":"300","context":0,"authorizing_integration_owners":{"0":"300"},"app_permissions":"2048"}""", true, false)]
    [InlineData("""{"guild_id":"300","context":0,"authorizing_integration_owners":{"0":"300"},"app_permissions":"309237648384"}""", false, true)]
    [InlineData("""{"guild_id":"300","context":0,"authorizing_integration_owners":{"0":"300"},"app_permissions":"8"}""", false, true)]
    [InlineData("""{"context":1,"authorizing_integration_owners":{"1":"42"}}""", false, true)]
    [InlineData("""{"guild_id":"300"}""", false, true)]
    public void Where_the_bot_is_not_a_member_or_cannot_see_the_channel_only_the_webhook_answers(string fields, bool webhookOnly, bool mayStartThread)
    {
        var interaction = Interaction(fields);

        Assert.Equal(webhookOnly, InteractionReach.WebhookOnly(interaction));
        Assert.Equal(mayStartThread, InteractionReach.MayStartThread(interaction));
    }

    [Fact]
    public async Task A_user_install_in_a_server_without_the_bot_never_calls_a_channel_endpoint()
    {
        _handler.Progress = true;
        var turn = Turn("""{"guild_id":"300","channel":{"id":"700","type":0},"context":0,"authorizing_integration_owners":{"1":"42"},"app_permissions":"0"}""");

        await Runner.RunAsync(turn, Cancel);

        Assert.True(turn.Route.Interaction!.WebhookOnly);
        Assert.Equal(ChannelTypes.GuildText, turn.Route.ChannelType);
        Assert.DoesNotContain(_rest.Requests, r => r.Path.StartsWith("/channels/", StringComparison.Ordinal));
        var final = _rest.Requests.Last(r => r.Path == OriginalPath);
        Assert.Equal("The answer.", final.Body.GetProperty("content").GetString());
    }

    [Fact]
    public async Task Where_only_the_webhook_answers_a_long_answer_stops_at_discords_five_follow_ups_and_says_so()
    {
        _handler.Answer = string.Join("\n\n", Enumerable.Range(1, 9).Select(i => new string((char)('a' + i), 1_900)));
        var turn = Turn("""{"context":2,"authorizing_integration_owners":{"1":"42"}}""");

        await Runner.RunAsync(turn, Cancel);

        var followups = _rest.Requests.Where(r => r.Method == "POST" && r.Path == FollowupPath).ToList();
        Assert.Equal(5, followups.Count);
        Assert.Contains("doesn't fit", followups[^1].Body.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(_rest.Requests, r => r.Path.StartsWith("/channels/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Where_the_bot_is_a_member_the_same_turn_opens_a_thread()
    {
        _handler.Progress = true;

        await Runner.RunAsync(Turn("""{"guild_id":"300","channel":{"id":"700","type":0},"context":0,"authorizing_integration_owners":{"0":"300"}}"""), Cancel);

        Assert.Contains(_rest.Requests, r => r.Path.StartsWith("/channels/700/messages/", StringComparison.Ordinal) && r.Path.EndsWith("/threads", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Where_the_bot_is_a_member_a_long_answer_is_not_cut()
    {
        _handler.Answer = string.Join("\n\n", Enumerable.Range(1, 9).Select(i => new string((char)('a' + i), 1_900)));

        await Runner.RunAsync(Turn("""{"guild_id":"300","context":0,"authorizing_integration_owners":{"0":"300"}}"""), Cancel);

        Assert.Equal(8, _rest.Requests.Count(r => r.Method == "POST" && r.Path == FollowupPath));
    }

    [Fact]
    public async Task A_webhook_only_turn_still_running_near_the_tokens_end_is_stopped_and_the_user_told_in_time()
    {
        _handler.Wait = TimeSpan.FromMinutes(20);
        var turn = Turn("""{"guild_id":"300","context":0,"authorizing_integration_owners":{"1":"42"}}""");

        var running = Runner.RunAsync(turn, Cancel);
        await _handler.Started.Task.WaitAsync(TimeSpan.FromSeconds(10), Cancel);
        _time.Advance(TimeSpan.FromMinutes(13));
        Assert.False(running.IsCompleted);
        _time.Advance(TimeSpan.FromMinutes(1));
        await running.WaitAsync(TimeSpan.FromSeconds(10), Cancel);

        var told = Assert.Single(_rest.Requests, r => r.Method == "POST" && r.Path == FollowupPath);
        Assert.Contains("took longer", told.Body.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal(64, told.Body.GetProperty("flags").GetInt32());
        Assert.False(_handler.Finished);
        Assert.DoesNotContain(_rest.Requests, r => r.Path.StartsWith("/channels/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_pipeline_error_after_a_public_deferred_answer_deletes_it_and_follows_up_only_for_the_user()
    {
        _handler.Progress = true;
        _handler.Fail = true;

        await Runner.RunAsync(Turn("""{"guild_id":"300"}"""), Cancel);

        var calls = _rest.Requests.Select(r => $"{r.Method} {r.Path}").ToList();
        Assert.Equal([$"PATCH {OriginalPath}", $"DELETE {OriginalPath}", $"POST {FollowupPath}"], calls);
        var followup = _rest.Requests[^1].Body;
        Assert.Equal(64, followup.GetProperty("flags").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(followup.GetProperty("content").GetString()));
    }

    [Fact]
    public async Task A_pipeline_error_after_an_ephemeral_deferred_answer_edits_it_in_place()
    {
        _handler.Fail = true;
        var turn = Turn("""{"guild_id":"300"}""");
        turn = turn with { Route = turn.Route with { Interaction = turn.Route.Interaction! with { Ephemeral = true } } };

        await Runner.RunAsync(turn, Cancel);

        Assert.Equal([$"PATCH {OriginalPath}"], _rest.Requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task A_good_answer_after_a_public_deferred_answer_stays_public()
    {
        await Runner.RunAsync(Turn("""{"guild_id":"300"}"""), Cancel);

        var edit = Assert.Single(_rest.Requests);
        Assert.Equal($"PATCH {OriginalPath}", $"{edit.Method} {edit.Path}");
        Assert.False(edit.Body.TryGetProperty("flags", out _));
    }

    private DiscordTurn Turn(string fields)
    {
        var turn = _converter.FromInteraction(Interaction(fields), _time.GetUtcNow());
        Assert.NotNull(turn);
        return turn;
    }

    /// <summary>"/help" (which the test's handler answers) in channel 700 by user 42, with the given fields of the interaction's top level.</summary>
    private static Interaction Interaction(string fields)
    {
        var json = new StringBuilder("""{"id":"1","application_id":"352205866889641984","type":2,"token":"tok","channel_id":"700","user":{"id":"42"},"data":{"id":"5","name":"help","type":1}""");
        json.Append(',').Append(fields.AsSpan(1));
        var interaction = JsonSerializer.Deserialize(json.ToString(), DiscordJsonContext.Default.Interaction)!;
        return interaction.GuildId is null ? interaction : interaction with { Member = new GuildMember(new DiscordUser("42"), Permissions: "0") };
    }

    /// <summary>Answers every turn: with progress, after a wait on the test's clock, or by failing, as told.</summary>
    private sealed class TestHandler(TimeProvider time) : IIntentHandler
    {
        public bool Progress { get; set; }

        public bool Fail { get; set; }

        public TimeSpan Wait { get; set; }

        public string Answer { get; set; } = "The answer.";

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Finished { get; private set; }

        public string Intent => "webhook-test";

        public int Rank => RouteRank.InputGuard - 1;

        public bool CanHandle(TurnContext turn) => true;

        public async Task<Reply> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
        {
            if (Progress)
            {
                await turn.Progress.ReportAsync(new ProgressUpdate("Working…", 1, 2) { ThreadTitle = "A thread" }, cancellationToken);
            }

            Started.TrySetResult();
            if (Wait > TimeSpan.Zero)
            {
                await Task.Delay(Wait, time, cancellationToken);
            }

            if (Fail)
            {
                throw new InvalidOperationException("The handler broke.");
            }

            Finished = true;
            return Reply.Text(Answer);
        }
    }
}
