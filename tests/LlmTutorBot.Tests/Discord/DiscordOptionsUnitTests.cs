using LlmTutorBot.Discord;
using LlmTutorBot.Discord.Gateway;
using LlmTutorBot.Discord.JsonModels;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace LlmTutorBot.Tests.Discord;

public sealed class DiscordOptionsUnitTests
{
    [Fact]
    public void Empty_options_are_valid_and_configure_nothing()
    {
        var options = new DiscordOptions();

        Assert.True(new DiscordOptionsValidator().Validate(null, options).Succeeded);
        Assert.False(options.HasBotToken);
        Assert.False(options.InteractionsConfigured);
    }

    [Theory]
    [InlineData("BotToken", "Bot abc.def")]
    [InlineData("BotToken", "abc def")]
    [InlineData("PublicKey", "xyz")]
    [InlineData("ApplicationId", "my-app")]
    [InlineData("ShardIds", "0-a")]
    [InlineData("ShardIds", "3-1")]
    [InlineData("GatewayUrl", "https://gateway.discord.gg")]
    public void A_bad_setting_fails_validation_with_its_name(string setting, string value)
    {
        var options = new DiscordOptions();
        switch (setting)
        {
            case "BotToken":
                options.BotToken = value;
                break;
            case "PublicKey":
                options.PublicKey = value;
                break;
            case "ApplicationId":
                options.ApplicationId = value;
                break;
            case "ShardIds":
                options.ShardIds = value;
                break;
            default:
                options.GatewayUrl = new Uri(value);
                break;
        }

        var result = new DiscordOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(setting, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Shard_ids_beyond_the_shard_count_are_refused()
    {
        var result = new DiscordOptionsValidator().Validate(null, new DiscordOptions { ShardCount = 2, ShardIds = "1-2" });

        Assert.True(result.Failed);
    }

    [Fact]
    public void Shard_ids_read_as_numbers_and_ranges()
    {
        Assert.True(DiscordOptions.TryParseShardIds("0-2, 5", out var ids));
        Assert.Equal([0, 1, 2, 5], ids);
        Assert.True(DiscordOptions.TryParseShardIds("", out var all));
        Assert.Null(all);
    }

    [Fact]
    public void The_token_never_shows_in_the_options_text()
    {
        Assert.DoesNotContain("secret", new DiscordOptions { BotToken = "secret" }.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Identifies_in_one_bucket_are_spaced_and_other_buckets_go_at_once()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var limiter = new IdentifyLimiter(time, NullLogger<IdentifyLimiter>.Instance);
        limiter.Configure(maxConcurrency: 2, remaining: 1000, resetAfter: TimeSpan.FromHours(1));

        await limiter.WaitAsync(0, TestContext.Current.CancellationToken);
        await limiter.WaitAsync(1, TestContext.Current.CancellationToken);
        var shard2 = limiter.WaitAsync(2, TestContext.Current.CancellationToken);

        Assert.False(shard2.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(5));
        await shard2;
    }

    [Fact]
    public async Task With_no_session_starts_left_identify_waits_for_the_reset()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var limiter = new IdentifyLimiter(time, NullLogger<IdentifyLimiter>.Instance);
        limiter.Configure(maxConcurrency: 1, remaining: 0, resetAfter: TimeSpan.FromMinutes(30));

        var identify = limiter.WaitAsync(0, TestContext.Current.CancellationToken);

        Assert.False(identify.IsCompleted);
        time.Advance(TimeSpan.FromMinutes(30));
        await identify;
    }

    [Fact]
    public async Task A_spent_identify_budget_is_asked_of_discord_again_after_reset_after()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var asked = 0;
        var limiter = new IdentifyLimiter(time, NullLogger<IdentifyLimiter>.Instance)
        {
            Refresh = _ => Task.FromResult(Interlocked.Increment(ref asked) == 1
                ? new SessionStartLimit(1000, 0, 30 * 60 * 1000, 1)
                : new SessionStartLimit(1000, 1000, 24 * 3600 * 1000, 1)),
        };
        limiter.Configure(maxConcurrency: 1, remaining: 0, resetAfter: TimeSpan.FromMinutes(30));

        var identify = limiter.WaitAsync(0, TestContext.Current.CancellationToken);

        // Asked once at once (another replica's count may differ), then again when the reset has passed.
        Assert.Equal(1, asked);
        Assert.False(identify.IsCompleted);
        time.Advance(TimeSpan.FromMinutes(30));
        await identify;
        Assert.Equal(2, asked);
        Assert.Equal(999, limiter.Remaining);
    }

    [Fact]
    public async Task The_identify_budget_is_refreshed_once_its_reset_time_has_passed_even_when_some_remain()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var asked = 0;
        var limiter = new IdentifyLimiter(time, NullLogger<IdentifyLimiter>.Instance)
        {
            Refresh = _ =>
            {
                Interlocked.Increment(ref asked);
                return Task.FromResult(new SessionStartLimit(1000, 500, 3600 * 1000, 1));
            },
        };
        limiter.Configure(maxConcurrency: 1, remaining: 3, resetAfter: TimeSpan.FromMinutes(1));

        await limiter.WaitAsync(0, TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromMinutes(2));
        await limiter.WaitAsync(0, TestContext.Current.CancellationToken);

        Assert.Equal(1, asked);
        Assert.Equal(499, limiter.Remaining);
    }
}
