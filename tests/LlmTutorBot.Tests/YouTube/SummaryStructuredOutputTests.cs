using System.Text.Json;
using LlmTutorBot.Llm.Chat;
using LlmTutorBot.Tests.Fakes;
using LlmTutorBot.Tests.Infrastructure;
using LlmTutorBot.Tests.Llm;
using LlmTutorBot.YouTube.Bundled;
using LlmTutorBot.YouTube.Links;
using LlmTutorBot.YouTube.LlmJobs;
using LlmTutorBot.YouTube.Summaries;
using LlmTutorBot.YouTube.Transcripts;
using Microsoft.Extensions.DependencyInjection;

namespace LlmTutorBot.Tests.YouTube;

/// <summary>Structured output on the wire, and the count of the path each summary took.</summary>
public sealed class SummaryStructuredOutputTests(RedisFixture redis)
{
    private static readonly VideoTranscript Seed = new BundledVideos().FindOriginal(VideoId.Parse("osKyvYJ3PRM"))!;

    [Fact]
    public async Task A_request_with_a_response_schema_sends_a_strict_json_schema_response_format()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Responder = _ => FakeChatReply.Text("""{ "tldr": "About models.", "takeaways": [], "questions": [], "outline": [], "keywords": [], "highlights": [] }""");
        await using var services = LlmServices.Build(LlmServices.Settings(server));
        var client = services.GetRequiredService<ILlmClient>();

        var answer = await client.CompleteAsync(new LlmRequest("summary.whole", "Summarize.", "Text.", 500) { ResponseSchema = SummaryLines.Schema }, TestContext.Current.CancellationToken);
        var plain = await client.CompleteAsync(new LlmRequest("summary.map", "Summarize.", "Text.", 500), TestContext.Current.CancellationToken);

        using var body = JsonDocument.Parse(server.Requests[0].Body);
        var format = body.RootElement.GetProperty("response_format");
        Assert.Equal("json_schema", format.GetProperty("type").GetString());
        Assert.Equal("video_summary", format.GetProperty("json_schema").GetProperty("name").GetString());
        Assert.True(format.GetProperty("json_schema").GetProperty("strict").GetBoolean());
        Assert.Equal(
            ["tldr", "takeaways", "questions", "outline", "keywords", "highlights"],
            format.GetProperty("json_schema").GetProperty("schema").GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.DoesNotContain("response_format", server.Requests[1].Body, StringComparison.Ordinal);
        Assert.Equal(SummaryPath.Structured, SummaryLines.Read(answer.Text, Seed.Transcript, "en").Path);
        Assert.NotNull(plain);
    }

    [Fact]
    public async Task Each_summary_is_counted_and_logged_by_the_path_it_took()
    {
        var llm = new ScriptedLlmClient { Provider = new LlmProviderInfo("OpenAICompatible", "fake-model", 128_000) };
        using var bot = new YouTubeBot(redis.ConnectionString, "http://127.0.0.1:9", configure: s => s.AddSingleton<ILlmClient>(llm));
        using var meters = new MeterRecorder(bot.Get<IServiceProvider>());
        var engine = bot.Get<ISummaryEngine>();
        var ct = TestContext.Current.CancellationToken;
        var other = Seed with { Metadata = Seed.Metadata with { Id = VideoId.Parse("abcdefghijk") } };
        var third = Seed with { Metadata = Seed.Metadata with { Id = VideoId.Parse("bcdefghijkl") } };

        var lines = await engine.SummarizeAsync(Seed, "en", VideoJobProgress.None, ct);
        var cached = await engine.SummarizeAsync(Seed, "en", VideoJobProgress.None, ct);
        llm.Answer = _ => """{ "tldr": "About models.", "takeaways": [ { "time": "0:00", "emoji": "📚", "text": "Models learn." } ], "questions": [], "outline": [], "keywords": [], "highlights": [] }""";
        var structured = await engine.SummarizeAsync(other, "en", VideoJobProgress.None, ct);
        llm.Answer = _ => "I cannot help with that.";
        var fallback = await engine.SummarizeAsync(third, "en", VideoJobProgress.None, ct);
        llm.IsEnabled = false;
        var extractive = await engine.SummarizeAsync(Seed, "en", VideoJobProgress.None, ct);

        Assert.Equal(
            [SummaryPath.Lines, SummaryPath.Cached, SummaryPath.Structured, SummaryPath.Fallback, SummaryPath.Extractive],
            new[] { lines, cached, structured, fallback, extractive }.Select(s => s.Path));
        Assert.Equal(SummaryLines.Schema, llm.Requests[^1].ResponseSchema);
        foreach (var path in (string[])["lines", "cached", "structured", "fallback", "extractive"])
        {
            Assert.Equal(1, meters.Count("llmtutorbot.summary.paths", ("path", path)));
        }
    }
}
