using System.Text.Json;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.Faq;
using LlmTutorBot.Faq.Answering;
using LlmTutorBot.Redis.Connection;
using LlmTutorBot.Redis.State;
using LlmTutorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LlmTutorBot.Tests.Faq;

/// <summary>The FAQ through the whole pipeline, with conversation state in Redis.</summary>
public sealed class FaqTurnTests(RedisFixture redis) : IAsyncDisposable
{
    private readonly ServiceProvider _services = BotServices.Build(redis.ConnectionString, addFeatures: s => s.AddFaq());
    private readonly Core.Messaging.ConversationAddress _conversation = Messages.NewConversation();
    private readonly Core.Messaging.ChatUser _user = Messages.NewUser();

    [Fact]
    public async Task A_confident_answer_cites_its_category_and_original_question_verbatim()
    {
        var result = await SendAsync("Les LLM sont-ils conscients ?");

        Assert.Equal("faq", result.Intent);
        Assert.True(result.Reply.Confident);
        var source = Assert.Single(result.Reply.Sources);
        Assert.Equal("Les LLM sont-ils conscients ?", source.Title);
        Assert.Equal("Fondamentaux de l'IA", source.Category);
        Assert.StartsWith("Non, les LLM", result.Reply.Markdown, StringComparison.Ordinal);
        Assert.Contains("« Les LLM sont-ils conscients ? »", result.Reply.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_in_another_language_than_the_entrys_gets_the_teams_translation_citing_the_original_question()
    {
        var english = await SendAsync("Are LLMs conscious?");
        var chinese = await SendAsync("大模型有意识吗？");

        Assert.Equal(BotLanguage.En, english.Language);
        Assert.StartsWith("No, LLMs", english.Reply.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("as written", english.Reply.Markdown, StringComparison.Ordinal);
        Assert.Contains("📚 Source: *AI fundamentals* — « Les LLM sont-ils conscients ? » (translated from French by our team)", english.Reply.Markdown, StringComparison.Ordinal);
        Assert.Equal("Les LLM sont-ils conscients ? ", Assert.Single(english.Reply.Sources).Title + " ");
        Assert.Equal(BotLanguage.Zh, chinese.Language);
        Assert.Equal(BotLanguage.Zh, LanguageDetector.Detect(chinese.Reply.Markdown[..chinese.Reply.Markdown.IndexOf("📚", StringComparison.Ordinal)]));
        Assert.Contains("« Les LLM sont-ils conscients ? » (由我们的团队译自法语)", chinese.Reply.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_whose_claim_has_aged_ends_with_the_teams_note_in_the_reply_language()
    {
        var english = await SendAsync("Can I use OpenAI for free?");
        var french = await SendAsync("Est-ce que je peux utiliser OpenAI gratuitement ?");

        Assert.Contains("\n\n📝 Note from our team: A correction: OpenAI never released GPT-3 as open source.", english.Reply.Markdown, StringComparison.Ordinal);
        Assert.Contains("📝 Note de notre équipe : Une correction : OpenAI n'a jamais publié GPT-3 en open source.", french.Reply.Markdown, StringComparison.Ordinal);
        Assert.True(english.Reply.Markdown.IndexOf("📝", StringComparison.Ordinal) < english.Reply.Markdown.IndexOf("📚", StringComparison.Ordinal), "the note comes before the source line");
    }

    [Fact]
    public async Task A_french_question_about_a_chinese_note_gets_the_french_translation_and_says_so_in_french()
    {
        var result = await SendAsync("Qu'est-ce que la distillation des connaissances ?");

        Assert.Equal(BotLanguage.Fr, result.Language);
        Assert.True(result.Reply.Confident);
        Assert.Equal(BotLanguage.Fr, LanguageDetector.Detect(result.Reply.Markdown[..result.Reply.Markdown.IndexOf("📚", StringComparison.Ordinal)]));
        Assert.Contains("(traduit par notre équipe, original en chinois)", result.Reply.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_takes_the_question_as_its_argument()
    {
        var result = await SendAsync("/ask 什么是知识蒸馏?");

        Assert.Equal("ask", result.Intent);
        Assert.Equal("什么是知识蒸馏,它如何使大型语言模型更实用?", Assert.Single(result.Reply.Sources).Title);
    }

    [Fact]
    public async Task An_unsure_match_offers_at_most_three_questions_as_buttons_that_ask_them()
    {
        var result = await SendAsync("LLM et données");

        Assert.False(result.Reply.Confident);
        Assert.InRange(result.Reply.Buttons.Count, 1, 3);
        Assert.All(result.Reply.Buttons, b => Assert.StartsWith("/ask ", b.Command, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_out_of_scope_question_points_to_help_and_is_kept_for_curators()
    {
        var result = await SendAsync("What's the weather like in Lyon tomorrow?");
        var database = await _services.GetRequiredService<RedisConnection>().GetDatabaseAsync();
        var log = await database.ListRangeAsync(_services.GetRequiredService<RedisKeys>().Log(FaqResponder.UnansweredLog));

        Assert.False(result.Reply.Confident);
        Assert.Empty(result.Reply.Sources);
        Assert.Contains("/help", result.Reply.Markdown, StringComparison.Ordinal);
        using var record = JsonDocument.Parse(Assert.Single(log).ToString());
        Assert.Equal("What's the weather like in Lyon tomorrow?", record.RootElement.GetProperty("question").GetString());
        Assert.Equal("OutOfScope", record.RootElement.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task And_bert_after_a_question_about_gpt4_asks_the_same_about_bert()
    {
        await SendAsync("Is GPT-4 a large language model?");

        var followUp = await SendAsync("and BERT?");

        Assert.Equal("Est-ce que BERT est un LLM ?", Assert.Single(followUp.Reply.Sources).Title);
    }

    [Fact]
    public async Task Explain_more_continues_a_long_answer_where_it_stopped()
    {
        await SendAsync("/lang fr");
        var first = await SendAsync("/faq faq-fr/llm-tools");

        var more = await SendAsync("tell me more");

        Assert.Contains("(1/", first.Reply.Markdown, StringComparison.Ordinal);
        Assert.Equal("/faq faq-fr/llm-tools 2", Assert.Single(first.Reply.Buttons).Command);
        Assert.Contains("(2/", more.Reply.Markdown, StringComparison.Ordinal);
        Assert.Contains("PyTorch", more.Reply.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_more_with_nothing_asked_yet_says_what_to_do()
    {
        var result = await SendAsync("tell me more");

        Assert.False(result.Reply.Confident);
        Assert.Contains("question first", result.Reply.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Faq_lists_the_questions_by_category_page_by_page_in_the_users_language()
    {
        await SendAsync("/lang fr");

        var first = await SendAsync("/faq");
        var last = await SendAsync("/faq 4");
        var beyond = await SendAsync("/faq 99");
        await SendAsync("/lang en");
        var english = await SendAsync("/faq");

        // The built-in files load in name order: the curriculum (curriculum.json) first, then the seeds' FAQ.
        Assert.Contains("(page 1 sur ", first.Reply.Markdown, StringComparison.Ordinal);
        Assert.Contains("__Le fonctionnement d'un LLM, étape par étape__", first.Reply.Markdown, StringComparison.Ordinal);
        Assert.Equal("/faq 2", Assert.Single(first.Reply.Buttons).Command);
        Assert.Contains("(page 4 sur ", last.Reply.Markdown, StringComparison.Ordinal);
        Assert.Contains("page 99", beyond.Reply.Markdown, StringComparison.Ordinal);
        Assert.Contains("- Que sont les tokens et la tokenisation ? `curriculum/tokens`", first.Reply.Markdown, StringComparison.Ordinal);
        Assert.Contains("__How an LLM works, step by step__", english.Reply.Markdown, StringComparison.Ordinal);
        Assert.Contains("- What are tokens, and what is tokenization? `curriculum/tokens`", english.Reply.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_entry_or_part_gets_a_clear_reply()
    {
        var entry = await SendAsync("/faq faq-fr/nope");
        var part = await SendAsync("/faq faq-fr/llm-conscious 7");

        Assert.Contains("faq-fr/nope", entry.Reply.Markdown, StringComparison.Ordinal);
        Assert.Contains("1 part", part.Reply.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_still_costs_at_most_two_redis_round_trips_even_when_it_is_logged()
    {
        var roundTrips = _services.GetRequiredService<RedisRoundTrips>();
        await SendAsync("warm up");
        var before = roundTrips.Total;

        await SendAsync("give me a recipe for chocolate cake");

        Assert.Equal(2, roundTrips.Total - before);
    }

    [Fact]
    public async Task Greetings_get_the_description_of_what_the_bot_can_do()
    {
        var result = await SendAsync("Bonjour !");

        Assert.Equal("fallback", result.Intent);
        Assert.Contains("/ask", result.Reply.Markdown, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();

    private Task<TurnResult> SendAsync(string text) =>
        _services.GetRequiredService<TurnProcessor>().ProcessAsync(Messages.Text(_conversation, _user, text), cancellationToken: TestContext.Current.CancellationToken);
}
