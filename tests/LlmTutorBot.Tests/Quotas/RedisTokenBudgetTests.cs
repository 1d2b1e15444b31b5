using LlmTutorBot.Llm.Usage;
using LlmTutorBot.Redis;
using LlmTutorBot.Redis.Quotas;
using LlmTutorBot.Tests.Fakes;
using LlmTutorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LlmTutorBot.Tests.Quotas;

/// <summary>The daily LLM token budget kept in Redis (ILlmTokenBudget), on a real Redis with a manual clock.</summary>
public sealed class RedisTokenBudgetTests(RedisFixture redis)
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 3, 4, 22, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task The_redis_budget_replaces_the_unlimited_default_whichever_is_registered_first()
    {
        await using var llmAddedAfter = BotServices.Build(redis.ConnectionString, addFeatures: s => s.TryAddSingleton<ILlmTokenBudget, UnlimitedTokenBudget>());
        var llmAddedBefore = new ServiceCollection();
        llmAddedBefore.AddSingleton<ILlmTokenBudget, UnlimitedTokenBudget>();
        llmAddedBefore.AddRedisState();

        Assert.IsType<RedisTokenBudget>(llmAddedAfter.GetRequiredService<ILlmTokenBudget>());
        Assert.Equal(typeof(RedisTokenBudget), Assert.Single(llmAddedBefore, d => d.ServiceType == typeof(ILlmTokenBudget)).ImplementationType);
    }

    [Fact]
    public async Task A_user_who_spent_their_daily_tokens_has_no_budget_until_the_next_utc_day()
    {
        await using var services = Build(("Quotas:UserDailyLlmTokens", "1000"));
        var budget = services.GetRequiredService<ILlmTokenBudget>();
        var ada = new LlmBudgetScope($"discord:{Guid.NewGuid():N}", null);
        var bob = new LlmBudgetScope($"discord:{Guid.NewGuid():N}", null);
        var ct = TestContext.Current.CancellationToken;

        await budget.RecordAsync(ada, new LlmUsage(1, 600, 300), ct);
        var afterOneCall = await budget.HasBudgetAsync(ada, ct);
        await budget.RecordAsync(ada, new LlmUsage(1, 80, 20), ct);
        var spent = await budget.HasBudgetAsync(ada, ct);
        var other = await budget.HasBudgetAsync(bob, ct);
        _clock.Advance(TimeSpan.FromHours(2));
        var nextDay = await budget.HasBudgetAsync(ada, ct);

        Assert.True(afterOneCall);
        Assert.False(spent);
        Assert.True(other);
        Assert.True(nextDay);
    }

    [Fact]
    public async Task A_group_and_the_whole_bot_have_budgets_of_their_own()
    {
        await using var services = Build(("Quotas:UserDailyLlmTokens", "0"), ("Quotas:GroupDailyLlmTokens", "500"), ("Quotas:DailyLlmTokens", "800"));
        var budget = services.GetRequiredService<ILlmTokenBudget>();
        var tenant = $"tenant-{Guid.NewGuid():N}";
        var ct = TestContext.Current.CancellationToken;

        await budget.RecordAsync(new LlmBudgetScope("teams:a", tenant), new LlmUsage(1, 500, 0), ct);
        var sameTenant = await budget.HasBudgetAsync(new LlmBudgetScope("teams:b", tenant), ct);
        var otherTenant = await budget.HasBudgetAsync(new LlmBudgetScope("teams:c", "other"), ct);
        await budget.RecordAsync(new LlmBudgetScope("teams:c", "other"), new LlmUsage(1, 300, 0), ct);
        var botWide = await budget.HasBudgetAsync(null, ct);

        Assert.False(sameTenant);
        Assert.True(otherTenant);
        Assert.False(botWide);
    }

    [Fact]
    public async Task With_no_limit_set_every_call_has_budget()
    {
        await using var services = Build(("Quotas:UserDailyLlmTokens", "0"));
        var budget = services.GetRequiredService<ILlmTokenBudget>();
        var scope = new LlmBudgetScope($"webchat:{Guid.NewGuid():N}", null);

        await budget.RecordAsync(scope, new LlmUsage(1, 10_000_000, 10_000_000), TestContext.Current.CancellationToken);

        Assert.True(await budget.HasBudgetAsync(scope, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task With_redis_down_the_budget_lets_calls_through()
    {
        await using var services = BotServices.Build(
            BotServices.UnreachableRedis(),
            new Dictionary<string, string?> { ["Quotas:UserDailyLlmTokens"] = "1", ["Quotas:DailyLlmTokens"] = "1" });
        var budget = services.GetRequiredService<ILlmTokenBudget>();
        var scope = new LlmBudgetScope("discord:1", "guild");

        await budget.RecordAsync(scope, new LlmUsage(1, 100, 100), TestContext.Current.CancellationToken);

        Assert.True(await budget.HasBudgetAsync(scope, TestContext.Current.CancellationToken));
    }

    private ServiceProvider Build(params (string Key, string Value)[] settings) =>
        BotServices.Build(
            redis.ConnectionString,
            settings.ToDictionary(s => s.Key, s => (string?)s.Value),
            s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock)));
}
