using LlmTutorBot.Tests.Fakes;
using LlmTutorBot.Tests.Infrastructure;

namespace LlmTutorBot.Tests.Faq;

/// <summary>With Llm:EmbeddingModel set, passages are ranked by meaning as well as words; entries are embedded once.</summary>
public sealed class FaqHybridRetrievalTests(RedisFixture redis)
{
    private const string Bert = "faq-fr/bert-inventor";

    [Fact]
    public async Task An_entry_the_words_miss_but_the_meaning_finds_is_sent_as_a_passage()
    {
        await using var bot = await StartAsync();
        bot.Server.Enqueue(FakeChatReply.Text("NO_ANSWER"));

        await bot.AskAsync("Are LLMs conscious?");

        var user = Assert.Single(bot.Server.Requests).User;
        Assert.Contains($"<<<PASSAGE id={Bert} ", user, StringComparison.Ordinal);
        Assert.Contains("<<<PASSAGE id=faq-fr/llm-conscious ", user, StringComparison.Ordinal);
        Assert.Equal("text-embedding-test", bot.Server.EmbeddingRequests[0].Model);
    }

    [Fact]
    public async Task The_entries_are_embedded_once_and_each_question_once()
    {
        await using var bot = await StartAsync();
        bot.Server.Responder = _ => FakeChatReply.Text("NO_ANSWER");

        await bot.AskAsync("Are LLMs conscious?");
        await bot.AskAsync("What is fine-tuning?");

        var requests = bot.Server.EmbeddingRequests;
        Assert.Equal(3, requests.Count);
        Assert.True(requests[0].Inputs.Count > 50);
        Assert.Equal(["Are LLMs conscious?"], requests[1].Inputs);
        Assert.Equal(["What is fine-tuning?"], requests[2].Inputs);
    }

    [Fact]
    public async Task Failing_embeddings_keep_the_lexical_passages()
    {
        await using var bot = await StartAsync();
        bot.Server.Embed = _ => throw new InvalidOperationException("scripted embedding failure");
        bot.Server.Enqueue(FakeChatReply.Text("No [[faq-fr/llm-conscious]]."));

        var result = await bot.AskAsync("Are LLMs conscious?");

        Assert.DoesNotContain($"<<<PASSAGE id={Bert} ", Assert.Single(bot.Server.Requests).User, StringComparison.Ordinal);
        Assert.StartsWith("No [1].", result.Reply.Markdown, StringComparison.Ordinal);
    }

    // The question and the BERT entry point the same way; everything else is orthogonal to them.
    private async Task<GroundedFaqBot> StartAsync()
    {
        var bot = await GroundedFaqBot.StartAsync(redis, new Dictionary<string, string?>
        {
            ["Llm:EmbeddingModel"] = "text-embedding-test",
            ["Llm:Model"] = $"model-{Guid.NewGuid():N}",
        });
        bot.Server.Embed = text => text.StartsWith("Qui a inventé BERT", StringComparison.Ordinal) || text == "Are LLMs conscious?" ? [1f, 0f] : [0f, 1f];
        return bot;
    }
}
