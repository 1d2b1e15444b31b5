using LlmTutorBot.Llm.Chat;
using LlmTutorBot.Llm.Hosting;
using LlmTutorBot.Tests.Fakes;
using LlmTutorBot.Tests.Infrastructure;
using LlmTutorBot.Tests.Llm;

namespace LlmTutorBot.Tests.YouTube;

/// <summary>The video skills through the real LLM client (Semantic Kernel, retries, streaming) against a fake OpenAI-compatible server on loopback.</summary>
public sealed class LlmVideoServerTests(RedisFixture redis)
{
    [Fact]
    public async Task A_summary_streams_from_the_server_is_cached_and_asked_again_sends_nothing()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Responder = Plausible;
        using var bot = Bot(server);

        var first = (await bot.SendAsync("/summarize https://youtu.be/osKyvYJ3PRM fr")).Reply;
        var again = (await bot.SendAsync("/summarize https://youtu.be/osKyvYJ3PRM fr")).Reply;

        var request = Assert.Single(server.Requests);
        Assert.True(request.Stream);
        Assert.Equal(LlmServices.Model, request.Model);
        Assert.Contains("Write in French (fr).", request.System, StringComparison.Ordinal);
        Assert.Contains("[0:00] This video is going to give you", PlausibleAnswers.Fenced(request.User, "TRANSCRIPT"), StringComparison.Ordinal); // the team's cleaned copy
        Assert.Equal(3_000, request.MaxTokens); // what the engine asks for, under Llm:MaxOutputTokens
        Assert.Contains("https://youtu.be/osKyvYJ3PRM?t=", first.Sections[1].Markdown, StringComparison.Ordinal);
        Assert.EndsWith("🧮 1 call · 100 tokens in · 10 out · gpt-4o-mini", first.Markdown, StringComparison.Ordinal);
        Assert.EndsWith("🧮 0 tokens (cached) · gpt-4o-mini", again.Markdown, StringComparison.Ordinal);
        Assert.Equal(first.Sections, again.Sections);
    }

    [Fact]
    public async Task A_translation_goes_chunk_by_chunk_with_the_glossary_to_the_server()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Responder = Plausible;
        using var bot = Bot(server, ("YouTube:LlmTranslationChunkTokens", "1500"));

        var reply = (await bot.SendAsync("/translate https://youtu.be/osKyvYJ3PRM zh")).Reply;

        Assert.True(server.Requests.Count >= 3, $"{server.Requests.Count} requests");
        Assert.All(server.Requests, r => Assert.False(r.Stream));
        Assert.Contains(server.Requests, r => r.User.Contains("large language model = 大型语言模型", StringComparison.Ordinal));
        Assert.All(server.Requests.Skip(1), r => Assert.NotEqual("", PlausibleAnswers.Fenced(r.User, "CONTEXT")));
        Assert.Contains("[tr] this video is going", System.Text.Encoding.UTF8.GetString(reply.Files[0].Content.Span), StringComparison.Ordinal);
        Assert.Contains($"🧮 {server.Requests.Count} calls · ", reply.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_keeps_failing_gives_the_embedded_summary_with_a_note_and_no_footer()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Responder = _ => FakeChatReply.Fail(503);
        using var bot = Bot(server);

        var reply = (await bot.SendAsync("/summarize https://youtu.be/osKyvYJ3PRM")).Reply;

        Assert.Equal(3, server.Requests.Count); // the first try and Llm:MaxRetries = 2
        Assert.Contains("The AI model is not answering right now", reply.Markdown, StringComparison.Ordinal);
        Assert.Contains("without an AI model", reply.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("🧮", reply.Markdown, StringComparison.Ordinal);
        Assert.Equal(["TLDR", "Takeaways", "Outline", "Keywords", "Highlights"], reply.Sections.Select(s => s.Title));
    }

    // The answer the prompt asks for, worked out from the request as PlausibleAnswers does; streamed when asked to.
    private static FakeChatReply Plausible(FakeChatRequest request)
    {
        var operation = request.System.Contains("combine the summaries", StringComparison.Ordinal) ? "summary.reduce"
            : request.System.Contains("one part of a video", StringComparison.Ordinal) ? "summary.map"
            : request.System.Contains("translate video captions", StringComparison.Ordinal) ? "translation.chunk"
            : request.System.Contains("answer a question about a video", StringComparison.Ordinal) ? "video.answer"
            : "summary.whole";
        var text = PlausibleAnswers.For(new LlmRequest(operation, request.System, request.User, 0));
        return request.Stream ? FakeChatReply.Streamed([.. text.Chunk(200).Select(c => new string(c))]) : FakeChatReply.Text(text);
    }

    private YouTubeBot Bot(FakeOpenAiServer server, params (string Key, string? Value)[] settings)
    {
        var values = LlmServices.Settings(server);
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        return new YouTubeBot(redis.ConnectionString, "http://127.0.0.1:9", values, s => s.AddLlm());
    }
}
