using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.State;
using LlmTutorBot.Redis.Connection;
using LlmTutorBot.Redis.State;
using LlmTutorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace LlmTutorBot.Tests.State;

public sealed class RedisConversationStoreTests(RedisFixture redis)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_conversation_never_seen_loads_as_empty()
    {
        await using var services = BotServices.Build(redis.ConnectionString);
        var store = services.GetRequiredService<IConversationStore>();

        var state = await store.LoadAsync(Messages.NewConversation(), Messages.NewUser(), TestContext.Current.CancellationToken);

        Assert.True(state.IsAvailable);
        Assert.Null(state.Language);
        Assert.Null(state.UserLanguage);
        Assert.Null(state.CurrentVideo);
        Assert.Empty(state.Turns);
    }

    [Fact]
    public async Task What_a_turn_saves_is_what_the_next_turn_loads()
    {
        await using var services = BotServices.Build(redis.ConnectionString);
        var store = services.GetRequiredService<IConversationStore>();
        var conversation = Messages.NewConversation(thread: "thread-1");
        var user = Messages.NewUser();
        var changes = new StateChanges();
        changes.SetConversationLanguage(BotLanguage.Zh);
        changes.SetUserLanguage(BotLanguage.Fr);
        changes.SetCurrentVideo("https://youtu.be/osKyvYJ3PRM");
        ConversationTurn[] turns = [new(TurnRole.User, "什么是知识蒸馏?", Now), new(TurnRole.Bot, "知识蒸馏是…", Now, "faq")];

        var saved = await store.SaveAsync(conversation, user, new ConversationUpdate(changes, turns, "faq"), TestContext.Current.CancellationToken);
        var state = await store.LoadAsync(conversation, user, TestContext.Current.CancellationToken);

        Assert.True(saved);
        Assert.Equal(BotLanguage.Zh, state.Language);
        Assert.Equal(BotLanguage.Fr, state.UserLanguage);
        Assert.Equal("https://youtu.be/osKyvYJ3PRM", state.CurrentVideo);
        Assert.Equal("faq", state.LastIntent);
        Assert.Equal(turns, state.Turns);
    }

    [Fact]
    public async Task A_user_preference_follows_the_user_into_another_conversation_of_the_same_platform()
    {
        await using var services = BotServices.Build(redis.ConnectionString);
        var store = services.GetRequiredService<IConversationStore>();
        var user = Messages.NewUser();
        var changes = new StateChanges();
        changes.SetUserLanguage(BotLanguage.Zh);
        await store.SaveAsync(Messages.NewConversation(), user, new ConversationUpdate(changes, [], "lang"), TestContext.Current.CancellationToken);

        var elsewhere = await store.LoadAsync(Messages.NewConversation(), user, TestContext.Current.CancellationToken);
        var otherUser = await store.LoadAsync(Messages.NewConversation(), Messages.NewUser(), TestContext.Current.CancellationToken);

        Assert.Equal(BotLanguage.Zh, elsewhere.UserLanguage);
        Assert.Null(otherUser.UserLanguage);
    }

    [Fact]
    public async Task Every_key_is_prefixed_and_expires_after_its_configured_time()
    {
        await using var services = BotServices.Build(redis.ConnectionString, new Dictionary<string, string?>
        {
            ["State:ConversationTtl"] = "02:00:00",
            ["State:UserTtl"] = "3.00:00:00",
        });
        var store = services.GetRequiredService<IConversationStore>();
        var keys = services.GetRequiredService<RedisKeys>();
        var conversation = Messages.NewConversation();
        var user = Messages.NewUser();
        var changes = new StateChanges();
        changes.SetConversationLanguage(BotLanguage.En);
        changes.SetUserLanguage(BotLanguage.En);
        await store.SaveAsync(conversation, user, new ConversationUpdate(changes, [new(TurnRole.User, "hi", Now)], "fallback"), TestContext.Current.CancellationToken);

        var database = await services.GetRequiredService<RedisConnection>().GetDatabaseAsync();
        RedisKey[] written = [keys.Conversation(conversation), keys.Turns(conversation), keys.User(conversation.Platform, user)];
        var ttls = await Task.WhenAll(written.Select(k => database.KeyTimeToLiveAsync(k)));

        Assert.All(written, k => Assert.StartsWith(keys.Prefix, k.ToString(), StringComparison.Ordinal));
        Assert.InRange(ttls[0]!.Value, TimeSpan.FromMinutes(119), TimeSpan.FromHours(2));
        Assert.InRange(ttls[1]!.Value, TimeSpan.FromMinutes(119), TimeSpan.FromHours(2));
        Assert.InRange(ttls[2]!.Value, TimeSpan.FromDays(3) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(3));
    }

    [Fact]
    public async Task Only_the_newest_turns_are_kept_up_to_the_cap()
    {
        await using var services = BotServices.Build(redis.ConnectionString, new Dictionary<string, string?> { ["State:MaxTurns"] = "4" });
        var store = services.GetRequiredService<IConversationStore>();
        var conversation = Messages.NewConversation();
        var user = Messages.NewUser();

        for (var i = 0; i < 5; i++)
        {
            ConversationTurn[] turns = [new(TurnRole.User, $"question {i}", Now), new(TurnRole.Bot, $"answer {i}", Now)];
            await store.SaveAsync(conversation, user, new ConversationUpdate(new StateChanges(), turns, "fallback"), TestContext.Current.CancellationToken);
        }

        var state = await store.LoadAsync(conversation, user, TestContext.Current.CancellationToken);

        Assert.Equal(["question 3", "answer 3", "question 4", "answer 4"], state.Turns.Select(t => t.Text));
    }

    [Fact]
    public async Task Concurrent_turns_of_one_thread_keep_each_others_writes()
    {
        await using var services = BotServices.Build(redis.ConnectionString, new Dictionary<string, string?> { ["State:MaxTurns"] = "200" });
        var store = services.GetRequiredService<IConversationStore>();
        var conversation = Messages.NewConversation(thread: "busy-thread");
        var user = Messages.NewUser();

        var saves = Enumerable.Range(0, 40).Select(i =>
        {
            var changes = new StateChanges();
            if (i == 7)
            {
                changes.SetConversationLanguage(BotLanguage.Fr);
            }

            if (i == 23)
            {
                changes.SetCurrentVideo("https://youtu.be/osKyvYJ3PRM");
            }

            ConversationTurn[] turns = [new(TurnRole.User, $"message {i}", Now), new(TurnRole.Bot, $"reply {i}", Now)];
            return Task.Run(() => store.SaveAsync(conversation, user, new ConversationUpdate(changes, turns, "fallback"), TestContext.Current.CancellationToken));
        });
        var results = await Task.WhenAll(saves);
        var state = await store.LoadAsync(conversation, user, TestContext.Current.CancellationToken);

        Assert.All(results, Assert.True);
        Assert.Equal(80, state.Turns.Count);
        Assert.Equal(
            Enumerable.Range(0, 40).Select(i => $"message {i}").Order(StringComparer.Ordinal),
            state.Turns.Where(t => t.Role == TurnRole.User).Select(t => t.Text).Order(StringComparer.Ordinal));
        Assert.Equal(BotLanguage.Fr, state.Language);
        Assert.Equal("https://youtu.be/osKyvYJ3PRM", state.CurrentVideo);
    }

    [Fact]
    public async Task Forgetting_a_conversation_clears_it_but_keeps_the_users_preference()
    {
        await using var services = BotServices.Build(redis.ConnectionString);
        var store = services.GetRequiredService<IConversationStore>();
        var conversation = Messages.NewConversation();
        var user = Messages.NewUser();
        var first = new StateChanges();
        first.SetConversationLanguage(BotLanguage.Zh);
        first.SetUserLanguage(BotLanguage.Zh);
        first.SetCurrentVideo("osKyvYJ3PRM");
        await store.SaveAsync(conversation, user, new ConversationUpdate(first, [new(TurnRole.User, "hello", Now)], "fallback"), TestContext.Current.CancellationToken);
        var forget = new StateChanges();
        forget.Forget();

        await store.SaveAsync(conversation, user, new ConversationUpdate(forget, [], null), TestContext.Current.CancellationToken);
        var state = await store.LoadAsync(conversation, user, TestContext.Current.CancellationToken);

        Assert.Null(state.Language);
        Assert.Null(state.CurrentVideo);
        Assert.Null(state.LastIntent);
        Assert.Empty(state.Turns);
        Assert.Equal(BotLanguage.Zh, state.UserLanguage);
    }

    [Fact]
    public async Task A_stored_turn_that_does_not_parse_is_skipped_and_the_rest_still_load()
    {
        await using var services = BotServices.Build(redis.ConnectionString);
        var store = services.GetRequiredService<IConversationStore>();
        var keys = services.GetRequiredService<RedisKeys>();
        var conversation = Messages.NewConversation();
        var user = Messages.NewUser();
        await store.SaveAsync(conversation, user, new ConversationUpdate(new StateChanges(), [new(TurnRole.User, "kept", Now)], "fallback"), TestContext.Current.CancellationToken);
        var database = await services.GetRequiredService<RedisConnection>().GetDatabaseAsync();
        await database.ListRightPushAsync(keys.Turns(conversation), "{not json");

        var state = await store.LoadAsync(conversation, user, TestContext.Current.CancellationToken);

        Assert.Equal(["kept"], state.Turns.Select(t => t.Text));
    }

    [Fact]
    public async Task An_unreachable_redis_loads_as_unavailable_and_refuses_saves_without_throwing()
    {
        await using var services = BotServices.Build(BotServices.UnreachableRedis());
        var store = services.GetRequiredService<IConversationStore>();
        var changes = new StateChanges();
        changes.SetUserLanguage(BotLanguage.Fr);

        var state = await store.LoadAsync(Messages.NewConversation(), Messages.NewUser(), TestContext.Current.CancellationToken);
        var saved = await store.SaveAsync(Messages.NewConversation(), Messages.NewUser(), new ConversationUpdate(changes, [], "lang"), TestContext.Current.CancellationToken);

        Assert.False(state.IsAvailable);
        Assert.False(saved);
    }
}
