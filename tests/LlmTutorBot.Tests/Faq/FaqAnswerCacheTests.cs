using LlmTutorBot.Faq.Grounding;
using LlmTutorBot.Redis.Connection;
using LlmTutorBot.Tests.Fakes;
using LlmTutorBot.Tests.Infrastructure;

namespace LlmTutorBot.Tests.Faq;

/// <summary>The FAQ answer cache through HybridCache: a first level in this process, Redis second, tags.</summary>
public sealed class FaqAnswerCacheTests(RedisFixture redis)
{
    private const string Conscious = "faq-fr/llm-conscious";

    [Fact]
    public async Task A_repeated_answer_served_from_memory_costs_no_redis_round_trip_beyond_the_turns_own_two()
    {
        await using var bot = await GroundedFaqBot.StartAsync(redis, new Dictionary<string, string?> { ["Llm:Model"] = $"model-{Guid.NewGuid():N}" });
        bot.Server.Responder = _ => FakeChatReply.Text($"No, they are not conscious [[{Conscious}]].");
        var roundTrips = bot.Get<RedisRoundTrips>();
        await bot.AskAsync("Are LLMs conscious?");

        var before = roundTrips.Total;
        var repeated = await bot.AskAsync("Are LLMs conscious?");
        var cost = roundTrips.Total - before;
        TestContext.Current.TestOutputHelper?.WriteLine($"Repeated FAQ answer: {cost} Redis round trips (state load + save, no cache read).");

        Assert.Contains("🧮 0 tokens (cached)", repeated.Reply.Markdown, StringComparison.Ordinal);
        Assert.Single(bot.Server.Requests);
        Assert.Equal(2, cost);
    }

    [Fact]
    public async Task Another_process_reads_the_answer_from_redis_at_no_cost()
    {
        // One key prefix for both, as two processes of one deployment have.
        var settings = new Dictionary<string, string?> { ["Llm:Model"] = $"model-{Guid.NewGuid():N}", ["State:KeyPrefix"] = $"shared{Guid.NewGuid():N}:" };
        await using (var first = await GroundedFaqBot.StartAsync(redis, settings))
        {
            first.Server.Responder = _ => FakeChatReply.Text($"No, they are not conscious [[{Conscious}]].");
            await first.AskAsync("Are LLMs conscious?");
        }

        await using var second = await GroundedFaqBot.StartAsync(redis, settings);
        var roundTrips = second.Get<RedisRoundTrips>();
        var before = roundTrips.Total;
        var answer = await second.AskAsync("Are LLMs conscious?");
        TestContext.Current.TestOutputHelper?.WriteLine($"FAQ answer cached by another process: {roundTrips.Total - before} Redis round trips (state, cache read, tag times).");

        Assert.Contains("🧮 0 tokens (cached)", answer.Reply.Markdown, StringComparison.Ordinal);
        Assert.Empty(second.Server.Requests);
    }

    [Fact]
    public async Task Dropping_a_knowledge_base_version_by_tag_makes_its_answers_miss()
    {
        // Its own key prefix: the tag's invalidation time is kept in Redis and would reach other tests' answers.
        var settings = new Dictionary<string, string?> { ["Llm:Model"] = $"model-{Guid.NewGuid():N}", ["State:KeyPrefix"] = $"tagtest{Guid.NewGuid():N}:" };
        await using var bot = await GroundedFaqBot.StartAsync(redis, settings);
        bot.Server.Responder = _ => FakeChatReply.Text($"No, they are not conscious [[{Conscious}]].");
        await bot.AskAsync("Are LLMs conscious?");

        await bot.Get<FaqAnswerCache>().InvalidateKnowledgeBaseAsync(bot.Get<LlmTutorBot.Faq.FaqLibrary>().Version);
        var again = await bot.AskAsync("Are LLMs conscious?");

        Assert.Equal(2, bot.Server.Requests.Count);
        Assert.DoesNotContain("(cached)", again.Reply.Markdown, StringComparison.Ordinal);
    }
}
