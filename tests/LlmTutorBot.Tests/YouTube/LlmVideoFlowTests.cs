using System.Text;
using LlmTutorBot.Llm.Chat;
using LlmTutorBot.Tests.Fakes;
using LlmTutorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LlmTutorBot.Tests.YouTube;

/// <summary>The video commands end to end with a scripted LLM: replies, progress, footers, cache and fallback notes.</summary>
public sealed class LlmVideoFlowTests(RedisFixture redis)
{
    [Fact]
    public async Task A_summary_in_chinese_is_written_by_the_model_with_its_cost_and_a_repeat_costs_nothing()
    {
        var (bot, llm) = Start();
        using var _ = bot;

        var first = (await bot.SendAsync("/summarize https://youtu.be/osKyvYJ3PRM zh")).Reply;
        var updates = bot.Progress.Updates.ToList();
        var again = (await bot.SendAsync("/summarize https://youtu.be/osKyvYJ3PRM zh")).Reply;

        Assert.Single(llm.Requests);
        Assert.Contains("Chinese", llm.Requests[0].System, StringComparison.Ordinal);
        Assert.DoesNotContain("without an AI model", first.Markdown, StringComparison.Ordinal);
        Assert.EndsWith($"🧮 1 call · {llm.Spent.InputTokens:N0} tokens in · {llm.Spent.OutputTokens:N0} out · fake-model", first.Markdown, StringComparison.Ordinal);
        Assert.Contains("https://youtu.be/osKyvYJ3PRM?t=", first.Sections.Single(s => s.Title == "Takeaways").Markdown, StringComparison.Ordinal);
        Assert.Contains(first.Sections, s => s.Title == "Q & A");
        Assert.Contains(updates, u => u.Markdown == "Summarizing: chunk 1 of 1…");
        Assert.Contains(updates, u => u.Markdown.StartsWith("Writing the summary…", StringComparison.Ordinal) && u.Markdown.Contains("📚", StringComparison.Ordinal));
        Assert.EndsWith("🧮 0 tokens (cached) · fake-model", again.Markdown, StringComparison.Ordinal);
        Assert.Equal(first.Sections, again.Sections);
    }

    [Fact]
    public async Task Any_language_is_translated_by_the_model_into_the_usual_files_with_progress_by_chunk()
    {
        var (bot, llm) = Start();
        using var _ = bot;

        var reply = (await bot.SendAsync("/translate https://youtu.be/osKyvYJ3PRM es")).Reply;

        Assert.True(llm.Requests.Count >= 2, $"{llm.Requests.Count} calls");
        Assert.Contains("a translation by fake-model of the English captions", reply.Markdown, StringComparison.Ordinal);
        Assert.Contains($"🧮 {llm.Requests.Count} calls · ", reply.Markdown, StringComparison.Ordinal);
        Assert.Equal(["osKyvYJ3PRM.es.srt", "osKyvYJ3PRM.es.vtt", "osKyvYJ3PRM.en-es.txt"], reply.Files.Select(f => f.FileName));
        var srt = Encoding.UTF8.GetString(reply.Files[0].Content.Span);
        Assert.StartsWith("1\n00:00:00,000 --> ", srt, StringComparison.Ordinal);
        Assert.Contains("[tr] this video is going", srt, StringComparison.Ordinal);
        Assert.Contains(bot.Progress.Updates, u => u.Markdown == $"Translating into es: chunk {llm.Requests.Count} of {llm.Requests.Count}…");
    }

    [Fact]
    public async Task When_the_provider_is_down_the_summary_is_the_embedded_one_with_a_note_in_the_users_language()
    {
        var (bot, llm) = Start();
        using var _ = bot;
        llm.FailFromCall = 1;

        var reply = (await bot.SendAsync("/summarize https://youtu.be/osKyvYJ3PRM", "fr-FR")).Reply;

        Assert.Contains("Le modèle d'IA ne répond pas pour le moment", reply.Markdown, StringComparison.Ordinal);
        Assert.Contains("sans modèle d'IA", reply.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("🧮", reply.Markdown, StringComparison.Ordinal);
        Assert.Equal(["En bref", "À retenir", "Plan", "Mots-clés", "Moments forts"], reply.Sections.Select(s => s.Title));
    }

    [Fact]
    public async Task A_question_about_the_video_is_answered_by_the_model_from_delimited_passages_with_checked_links()
    {
        var (bot, llm) = Start();
        using var _ = bot;
        await bot.SendAsync("/summarize https://youtu.be/osKyvYJ3PRM");
        llm.Answer = r => "Distillation moves knowledge into a smaller model [1:00:00] [0:00].";

        var reply = (await bot.SendAsync("what does he say about knowledge distillation?")).Reply;

        var request = llm.Requests[^1];
        Assert.Equal("video.answer", request.Operation);
        Assert.Equal("what does he say about knowledge distillation?", PlausibleAnswers.Fenced(request.User, "QUESTION"));
        Assert.Contains("distillation", PlausibleAnswers.Fenced(request.User, "PASSAGES"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Distillation moves knowledge into a smaller model [0:00](https://youtu.be/osKyvYJ3PRM) [1].", reply.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("1:00:00", reply.Markdown, StringComparison.Ordinal);
        Assert.Contains("🧮 1 call · ", reply.Markdown, StringComparison.Ordinal);
        Assert.True(reply.Confident);
        Assert.True(reply.GeneratedByModel);
        var citation = Assert.Single(reply.Citations);
        Assert.Equal(1, citation.Number);
        Assert.Equal("https://youtu.be/osKyvYJ3PRM", citation.Url?.AbsoluteUri);
        Assert.EndsWith("· 0:00", citation.Title, StringComparison.Ordinal);
        Assert.NotEmpty(citation.Abstract);
    }

    [Fact]
    public async Task A_question_the_passages_do_not_answer_gets_i_do_not_know()
    {
        var (bot, llm) = Start();
        using var _ = bot;
        await bot.SendAsync("/summarize https://youtu.be/osKyvYJ3PRM");
        llm.Answer = _ => "NOT_IN_VIDEO";

        var reply = (await bot.SendAsync("what does he say about knowledge distillation?")).Reply;

        Assert.StartsWith("I did not find that in the transcript", reply.Markdown, StringComparison.Ordinal);
        Assert.False(reply.Confident);
    }

    [Fact]
    public async Task When_the_provider_is_down_a_question_gets_the_transcript_passages_with_a_note()
    {
        var (bot, llm) = Start();
        using var _ = bot;
        await bot.SendAsync("/summarize https://youtu.be/osKyvYJ3PRM");
        llm.FailFromCall = llm.Requests.Count + 1;

        var reply = (await bot.SendAsync("what does he say about knowledge distillation?")).Reply;

        Assert.Equal("video.answer", llm.Requests[^1].Operation);
        Assert.StartsWith("Here is what **Simple Introduction to Large Language Models** says about it:", reply.Markdown, StringComparison.Ordinal);
        Assert.Contains("distillation", reply.Markdown, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("The AI model is not answering right now", reply.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("🧮", reply.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Video_jobs_are_charged_to_their_user_and_a_spent_budget_gives_the_embedded_result_with_a_budget_note()
    {
        var (bot, llm) = Start();
        using var _ = bot;
        await bot.SendAsync("/translate https://youtu.be/osKyvYJ3PRM es");
        await bot.SendAsync("what does he say about knowledge distillation?");
        var charged = llm.Requests.Select(r => r.BudgetScope?.UserKey).Distinct().ToList();
        llm.Answer = _ => throw new LlmUnavailableException("The LLM token budget is spent for today.") { BudgetExceeded = true };

        var reply = (await bot.SendAsync("/summarize https://youtu.be/osKyvYJ3PRM")).Reply;

        Assert.Equal([$"discord:{bot.User.Id}"], charged);
        Assert.Contains("Today's AI budget is spent", reply.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("The AI model is not answering right now", reply.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("🧮", reply.Markdown, StringComparison.Ordinal);
    }

    private (YouTubeBot Bot, ScriptedLlmClient Llm) Start()
    {
        var llm = new ScriptedLlmClient();
        var bot = new YouTubeBot(redis.ConnectionString, "http://127.0.0.1:9", configure: s => s.AddSingleton<ILlmClient>(llm));
        return (bot, llm);
    }
}
