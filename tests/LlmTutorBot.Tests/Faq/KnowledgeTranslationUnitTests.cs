using LlmTutorBot.Core.Languages;
using LlmTutorBot.Faq;
using LlmTutorBot.Faq.Answering;
using LlmTutorBot.Faq.Knowledge;
using LlmTutorBot.Faq.Retrieval;
using LlmTutorBot.Tests.Infrastructure;

namespace LlmTutorBot.Tests.Faq;

/// <summary>The team's translations and video moments in the knowledge-base files: read, checked, indexed.</summary>
public sealed class KnowledgeTranslationUnitTests
{
    private static readonly KnowledgeBase BuiltIn = KnowledgeBaseLoader.Load(null);
    private static readonly string[] SuggestedIds = ["faq-fr/llm-conscious", "video-zh/fine-tuning", "faq-fr/ai-vs-llm"];

    [Fact]
    public void Every_built_in_curated_entry_is_in_english_french_and_chinese()
    {
        var curated = BuiltIn.Entries.Where(e => e.Kind != EntryKind.Passage).ToList();

        Assert.Empty(BuiltIn.Report.MissingTranslations);
        Assert.All(curated, e => Assert.All(BotLanguages.All, l => Assert.True(e.Speaks(l), $"{e.Id} has no {l} text")));
        Assert.All(curated, e => Assert.DoesNotContain(e.Language, e.Translations.Keys));
    }

    [Fact]
    public void The_original_stays_verbatim_and_the_translation_is_read_in_its_language()
    {
        var entry = BuiltIn.Find("faq-fr/llm-conscious")!;

        Assert.Equal(BotLanguage.Fr, entry.Language);
        Assert.Equal("Les LLM sont-ils conscients ?", entry.Title);
        Assert.Equal(entry.Answer, entry.AnswerIn(BotLanguage.Fr));
        Assert.Equal(BotLanguage.En, LanguageDetector.Detect(entry.AnswerIn(BotLanguage.En)));
        Assert.Equal(BotLanguage.Zh, LanguageDetector.Detect(entry.AnswerIn(BotLanguage.Zh)));
        Assert.Equal(BotLanguage.En, LanguageDetector.Detect(entry.TitleIn(BotLanguage.En)));
    }

    [Fact]
    public void A_missing_or_broken_translation_still_loads_the_entry_and_is_reported()
    {
        using var folder = new TemporaryFolder("llmtutorbot-kb-");
        folder.Write("course.json", """
            {
              "format": "llmtutorbot-knowledge-base/1",
              "categories": [{ "id": "course", "names": { "en": "Our course", "fr": "Notre cours", "zh": "我们的课程" } }],
              "entries": [
                { "id": "course/rlhf", "kind": "question", "language": "en", "category": "course",
                  "title": "What is RLHF?", "answer": "Reinforcement learning from human feedback.",
                  "translations": { "fr": { "title": "C'est quoi le RLHF ?", "answer": "L'apprentissage par renforcement à partir de retours humains." } },
                  "moment": { "videoId": "osKyvYJ3PRM", "seconds": 1234 } },
                { "id": "course/broken", "kind": "question", "language": "en", "category": "course",
                  "title": "What is a token?", "answer": "A piece of a word.",
                  "translations": { "en": { "title": "x", "answer": "y" }, "de": { "title": "x", "answer": "y" }, "zh": { "title": "什么是词元？" } },
                  "moment": { "videoId": "not-a-video", "seconds": -3 } }
              ]
            }
            """);

        var knowledgeBase = KnowledgeBaseLoader.Load(folder.Path);
        var rlhf = knowledgeBase.Find("course/rlhf")!;
        var broken = knowledgeBase.Find("course/broken")!;

        Assert.Equal("C'est quoi le RLHF ?", rlhf.TitleIn(BotLanguage.Fr));
        Assert.Equal("What is RLHF?", rlhf.TitleIn(BotLanguage.Zh));
        Assert.Equal(new VideoMoment("osKyvYJ3PRM", 1234), rlhf.Moment);
        Assert.Equal("https://youtu.be/osKyvYJ3PRM?t=1234", rlhf.Moment!.Url);
        Assert.Equal("20:34", rlhf.Moment.Clock);
        Assert.Empty(broken.Translations);
        Assert.Null(broken.Moment);
        Assert.Contains(knowledgeBase.Report.MissingTranslations, m => m.EntryId == "course/rlhf" && m.Languages.SequenceEqual([BotLanguage.Zh]));
        Assert.Contains(knowledgeBase.Report.MissingTranslations, m => m.EntryId == "course/broken" && m.Languages.SequenceEqual([BotLanguage.Fr, BotLanguage.Zh]));
        var reasons = knowledgeBase.Report.Rejected.Where(r => r.EntryId == "course/broken").Select(r => r.Reason).ToList();
        Assert.Contains(reasons, r => r.Contains("\"en\"", StringComparison.Ordinal) && r.Contains("own language", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("\"de\"", StringComparison.Ordinal) && r.Contains("en, fr and zh", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("\"zh\"", StringComparison.Ordinal) && r.Contains("\"answer\"", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("moment", StringComparison.Ordinal));
    }

    [Fact]
    public void The_translated_titles_are_indexed_as_phrasings()
    {
        using var index = new FaqIndex(BuiltIn);
        var entry = BuiltIn.Find("video-zh/fine-tuning")!;

        Assert.Contains(entry.TitleIn(BotLanguage.En), entry.Phrasings(BotLanguage.En));
        Assert.Equal(entry.Id, index.Search(entry.TitleIn(BotLanguage.En))[0].Entry.Id);
        Assert.Equal(entry.Id, index.Search(entry.TitleIn(BotLanguage.Fr))[0].Entry.Id);
    }

    [Theory]
    [InlineData(BotLanguage.En)]
    [InlineData(BotLanguage.Fr)]
    [InlineData(BotLanguage.Zh)]
    public void Did_you_mean_shows_the_questions_in_the_reply_language(BotLanguage language)
    {
        var hits = SuggestedIds.Select(id => new FaqHit(BuiltIn.Find(id)!, 1, 0.45, 2)).ToList();
        var turn = new LlmTutorBot.Core.Routing.TurnContext(
            new LlmTutorBot.Core.Messaging.InboundMessage { Conversation = new(LlmTutorBot.Core.Messaging.ChatPlatform.Cli, "c"), User = new("u"), Text = "?" },
            LlmTutorBot.Core.State.ConversationState.Empty,
            language);

        var reply = FaqResponder.Suggestions(turn, "?", hits);

        Assert.Equal(3, reply.Buttons.Count);
        Assert.All(reply.Buttons, b => Assert.Equal(language, LanguageDetector.Detect(b.Label)));
        Assert.Equal(hits.Select(h => "/ask " + h.Entry.TitleIn(language)), reply.Buttons.Select(b => b.Command));
        Assert.Equal(hits.Select(h => h.Entry.Title), reply.Sources.Select(s => s.Title));
    }

    [Fact]
    public void Every_transcript_passage_is_whole_sentences_with_its_moment()
    {
        var passages = BuiltIn.Entries.Where(e => e.Kind == EntryKind.Passage).ToList();

        Assert.InRange(passages.Count, 40, 70);
        Assert.All(passages, p =>
        {
            var words = p.Answer.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.InRange(words, 60, 120);
            Assert.True(char.IsUpper(p.Answer[0]) || char.IsDigit(p.Answer[0]), $"{p.Id} starts mid-sentence: {p.Answer[..30]}");
            Assert.Contains(p.Answer[^1], ".?!\"”");
            Assert.Equal("osKyvYJ3PRM", p.Moment?.VideoId);
        });
        Assert.Equal(passages.OrderBy(p => p.Moment!.Seconds).Select(p => p.Id), passages.Select(p => p.Id));
    }

    [Fact]
    public void A_confident_answer_reads_in_the_questions_language_on_the_evaluation_set()
    {
        using var index = new FaqIndex(BuiltIn);
        var report = LlmTutorBot.Faq.Evaluation.FaqEvaluation.Run(index, new FaqOptions(), LlmTutorBot.Faq.Evaluation.FaqEvaluation.LoadCases());

        foreach (var language in new[] { "en", "fr", "zh" })
        {
            TestContext.Current.TestOutputHelper?.WriteLine(report.Summary(language));
            Assert.Equal(1.0, report.For(language).ReplyLanguageFidelity);
        }

        Assert.Contains(report.Outcomes, o => o.Verdict == FaqVerdict.Answer);
    }
}
