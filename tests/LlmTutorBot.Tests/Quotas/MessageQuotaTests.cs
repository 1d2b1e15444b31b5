using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.Core.Quotas;
using LlmTutorBot.Core.Routing;
using LlmTutorBot.Core.State;
using LlmTutorBot.Redis.Connection;
using LlmTutorBot.Tests.Fakes;
using LlmTutorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LlmTutorBot.Tests.Quotas;

/// <summary>Message rate limits through the whole pipeline on a real Redis, with a manual clock.</summary>
public sealed class MessageQuotaTests(RedisFixture redis)
{
    // 10 seconds into a minute, so the window has 50 seconds left.
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 3, 4, 5, 6, 10, TimeSpan.Zero));

    [Fact]
    public async Task A_user_over_the_per_minute_limit_is_told_politely_when_to_retry()
    {
        await using var services = Build(("Quotas:UserMessagesPerMinute", "3"));
        var processor = services.GetRequiredService<TurnProcessor>();
        var conversation = Messages.NewConversation(ChatPlatform.Discord);
        var user = Messages.NewUser();

        var allowed = new List<TurnResult>();
        for (var i = 0; i < 3; i++)
        {
            allowed.Add(await SendAsync(processor, conversation, user, "/help"));
        }

        var refused = await SendAsync(processor, conversation, user, "/help");

        Assert.All(allowed, r => Assert.Equal("help", r.Intent));
        Assert.Equal(Intents.QuotaExceeded, refused.Intent);
        Assert.Equal(QuotaText.For(new QuotaExceeded(QuotaScope.User, TimeSpan.FromSeconds(50)), BotLanguage.En), refused.Reply.Markdown);
        Assert.Contains("50 seconds", refused.Reply.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_message_changes_nothing_that_is_stored()
    {
        await using var services = Build(("Quotas:UserMessagesPerMinute", "1"));
        var processor = services.GetRequiredService<TurnProcessor>();
        var store = services.GetRequiredService<IConversationStore>();
        var conversation = Messages.NewConversation(ChatPlatform.Teams);
        var user = Messages.NewUser();
        await SendAsync(processor, conversation, user, "/lang fr");
        var before = await store.LoadAsync(conversation, user, TestContext.Current.CancellationToken);

        var refused = await SendAsync(processor, conversation, user, "/lang zh");
        var after = await store.LoadAsync(conversation, user, TestContext.Current.CancellationToken);

        Assert.Equal(Intents.QuotaExceeded, refused.Intent);
        Assert.Equal(BotLanguage.Fr, refused.Language);
        Assert.Contains("secondes", refused.Reply.Markdown, StringComparison.Ordinal);
        Assert.Equal(BotLanguage.Fr, after.UserLanguage);
        Assert.Equal(before.Turns, after.Turns);
    }

    [Fact]
    public async Task The_limit_lifts_when_the_next_minute_starts()
    {
        await using var services = Build(("Quotas:UserMessagesPerMinute", "1"));
        var processor = services.GetRequiredService<TurnProcessor>();
        var conversation = Messages.NewConversation(ChatPlatform.WebChat);
        var user = Messages.NewUser();
        await SendAsync(processor, conversation, user, "/help");
        var refused = await SendAsync(processor, conversation, user, "/help");

        _clock.Advance(TimeSpan.FromSeconds(50));
        var later = await SendAsync(processor, conversation, user, "/help");

        Assert.Equal(Intents.QuotaExceeded, refused.Intent);
        Assert.Equal("help", later.Intent);
    }

    [Fact]
    public async Task A_guild_over_its_limit_is_refused_for_every_member_with_the_group_message()
    {
        await using var services = Build(("Quotas:UserMessagesPerMinute", "0"), ("Quotas:GroupMessagesPerMinute", "2"));
        var processor = services.GetRequiredService<TurnProcessor>();
        var guild = $"guild-{Guid.NewGuid():N}";

        var first = await SendAsync(processor, Messages.NewConversation(ChatPlatform.Discord), Messages.NewUser(), "/help", guild);
        var second = await SendAsync(processor, Messages.NewConversation(ChatPlatform.Discord), Messages.NewUser(), "/help", guild);
        var third = await SendAsync(processor, Messages.NewConversation(ChatPlatform.Discord), Messages.NewUser(), "/help", guild, "zh-CN");
        var elsewhere = await SendAsync(processor, Messages.NewConversation(ChatPlatform.Discord), Messages.NewUser(), "/help", $"guild-{Guid.NewGuid():N}");

        Assert.Equal(["help", "help"], [first.Intent, second.Intent]);
        Assert.Equal(Intents.QuotaExceeded, third.Intent);
        Assert.Equal(QuotaText.For(new QuotaExceeded(QuotaScope.Group, TimeSpan.FromSeconds(50)), BotLanguage.Zh), third.Reply.Markdown);
        Assert.Equal("help", elsewhere.Intent);
    }

    [Fact]
    public async Task The_operators_cli_is_never_limited()
    {
        await using var services = Build(("Quotas:UserMessagesPerMinute", "1"));
        var processor = services.GetRequiredService<TurnProcessor>();
        var conversation = Messages.NewConversation(ChatPlatform.Cli);
        var user = Messages.NewUser();

        var results = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            results.Add((await SendAsync(processor, conversation, user, "/help")).Intent);
        }

        Assert.All(results, intent => Assert.Equal("help", intent));
    }

    [Fact]
    public async Task Counting_a_message_costs_no_extra_redis_round_trip()
    {
        await using var services = Build(("Quotas:UserMessagesPerMinute", "100"), ("Quotas:GroupMessagesPerMinute", "100"));
        var processor = services.GetRequiredService<TurnProcessor>();
        var roundTrips = services.GetRequiredService<RedisRoundTrips>();
        var conversation = Messages.NewConversation(ChatPlatform.Discord);
        var user = Messages.NewUser();
        await SendAsync(processor, conversation, user, "warm up", "guild-1");
        var before = roundTrips.Total;

        await SendAsync(processor, conversation, user, "/lang fr", "guild-1");

        Assert.Equal(2, roundTrips.Total - before);
    }

    [Fact]
    public async Task With_redis_down_no_limit_is_applied()
    {
        await using var services = BotServices.Build(
            BotServices.UnreachableRedis(),
            new Dictionary<string, string?> { ["Quotas:UserMessagesPerMinute"] = "1" },
            s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock)));
        var processor = services.GetRequiredService<TurnProcessor>();
        var conversation = Messages.NewConversation(ChatPlatform.Discord);
        var user = Messages.NewUser();

        var first = await SendAsync(processor, conversation, user, "/help");
        var second = await SendAsync(processor, conversation, user, "/help");

        Assert.Equal(["help", "help"], [first.Intent, second.Intent]);
    }

    private ServiceProvider Build(params (string Key, string Value)[] settings) =>
        BotServices.Build(
            redis.ConnectionString,
            settings.ToDictionary(s => s.Key, s => (string?)s.Value),
            s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock)));

    private static Task<TurnResult> SendAsync(TurnProcessor processor, ConversationAddress conversation, ChatUser user, string text, string? group = null, string? locale = null) =>
        processor.ProcessAsync(
            new InboundMessage { Conversation = conversation, User = user, Text = text, GroupId = group, Locale = locale },
            cancellationToken: TestContext.Current.CancellationToken);
}
