using LlmTutorBot.Core.Languages;
using LlmTutorBot.Faq.Knowledge;
using LlmTutorBot.Tests.Infrastructure;

namespace LlmTutorBot.Tests.Faq;

public sealed class KnowledgeBaseUnitTests
{
    private static readonly KnowledgeBase BuiltIn = KnowledgeBaseLoader.Load(null);

    [Fact]
    public void The_built_in_knowledge_base_holds_every_entry_of_the_seeds_and_rejects_nothing()
    {
        var entries = BuiltIn.Entries;

        Assert.Empty(BuiltIn.Report.Rejected);
        Assert.Equal(28, entries.Count(e => e.Id.StartsWith("faq-fr/", StringComparison.Ordinal)));
        Assert.Equal(12, entries.Count(e => e.Id.StartsWith("video-zh/", StringComparison.Ordinal) && e.Kind == EntryKind.Question));
        Assert.Equal(12, entries.Count(e => e.Kind == EntryKind.Takeaway));
        Assert.Equal(18, entries.Count(e => e.Kind == EntryKind.Highlight));
        Assert.True(entries.Count(e => e.Kind == EntryKind.Passage) >= 40);
        Assert.Equal(6, entries.Where(e => e.Id.StartsWith("faq-fr/", StringComparison.Ordinal)).Select(e => e.Category.Id).Distinct().Count());
        Assert.DoesNotContain(entries, e => e.Answer.Contains("DoNotDelete", StringComparison.Ordinal) || e.Title.Contains("DoNotDelete", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_question_can_be_asked_in_french_english_and_chinese()
    {
        foreach (var entry in BuiltIn.Entries.Where(e => e.Kind == EntryKind.Question))
        {
            foreach (var language in BotLanguages.All)
            {
                Assert.True(entry.Phrasings(language).Count() >= 3, $"{entry.Id} has too few {language} phrasings");
            }
        }
    }

    [Fact]
    public void Every_category_is_named_in_the_three_languages()
    {
        Assert.All(BuiltIn.Categories, c => Assert.Equal(3, c.Names.Count));
    }

    [Fact]
    public void The_french_questions_are_the_seed_questions_verbatim()
    {
        var seed = SharedFixtures.ReadSeed("001_6b9f7f81bc3118a3.txt").Split('\n').Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);

        var french = BuiltIn.Entries.Where(e => e.Id.StartsWith("faq-fr/", StringComparison.Ordinal)).ToList();

        Assert.All(french, e => Assert.Contains(e.Title, seed));
        Assert.All(french, e => Assert.Contains(e.Category.Name(BotLanguage.Fr), seed));
    }

    [Fact]
    public void The_chinese_questions_are_the_seed_questions_verbatim()
    {
        var seed = SharedFixtures.ReadSeed("002_bd11b34502f64ccd.txt").Split('\n').Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);

        var chinese = BuiltIn.Entries.Where(e => e.Language == BotLanguage.Zh && e.Kind == EntryKind.Question).ToList();

        Assert.All(chinese, e => Assert.Contains(e.Title, seed));
    }

    [Fact]
    public void Files_in_the_extra_folder_are_loaded_and_bad_ones_are_rejected_with_the_reason()
    {
        using var folder = new TemporaryFolder("llmtutorbot-kb-");
        folder.Write("a-good.json", """
            {
              // Comments are allowed.
              "format": "llmtutorbot-knowledge-base/1",
              "categories": [{ "id": "local", "names": { "en": "Our course", "fr": "Notre cours" } }],
              "entries": [
                { "id": "local/rlhf", "kind": "question", "language": "en", "category": "local",
                  "title": "What is RLHF?", "answer": "Reinforcement learning from human feedback.",
                  "alternatives": { "fr": ["C'est quoi le RLHF ?"] },
                  "teamNote": { "en": "Checked in 2026.", "de": "Geprüft." } },
                { "id": "faq-fr/llm-conscious", "kind": "question", "language": "en", "category": "local", "title": "Dup", "answer": "x" },
                { "id": "local/bad-category", "kind": "question", "language": "en", "category": "nowhere", "title": "t", "answer": "a" },
                { "id": "local/bad-language", "kind": "question", "language": "de", "category": "local", "title": "t", "answer": "a" },
                { "id": "local/no-answer", "kind": "question", "language": "en", "category": "local", "title": "t" }
              ]
            }
            """);
        folder.Write("b-broken.json", "{ not json");
        folder.Write("c-old.json", """{ "format": "something-else", "entries": [] }""");

        var knowledgeBase = KnowledgeBaseLoader.Load(folder.Path);
        var rejected = knowledgeBase.Report.Rejected;

        Assert.Equal("What is RLHF?", knowledgeBase.Find("local/rlhf")?.Title);
        Assert.Equal("Checked in 2026.", knowledgeBase.Find("local/rlhf")?.TeamNoteIn(BotLanguage.Fr));
        Assert.Contains(rejected, r => r.EntryId == "local/rlhf" && r.Reason.Contains("team note in \"de\"", StringComparison.Ordinal));
        Assert.Contains(knowledgeBase.Report.Loaded, s => s.Name.EndsWith("a-good.json", StringComparison.Ordinal) && s.Entries == 1);
        Assert.Contains(rejected, r => r.EntryId == "faq-fr/llm-conscious" && r.Reason.Contains("already used", StringComparison.Ordinal));
        Assert.Contains(rejected, r => r.EntryId == "local/bad-category" && r.Reason.Contains("not declared", StringComparison.Ordinal));
        Assert.Contains(rejected, r => r.EntryId == "local/bad-language" && r.Reason.Contains("en, fr or zh", StringComparison.Ordinal));
        Assert.Contains(rejected, r => r.EntryId == "local/no-answer" && r.Reason.Contains("answer", StringComparison.Ordinal));
        Assert.Contains(rejected, r => r.Source.EndsWith("b-broken.json", StringComparison.Ordinal) && r.Reason.Contains("not valid JSON", StringComparison.Ordinal));
        Assert.Contains(rejected, r => r.Source.EndsWith("c-old.json", StringComparison.Ordinal) && r.Reason.Contains("format", StringComparison.Ordinal));
        Assert.Equal(BuiltIn.Entries.Count + 1, knowledgeBase.Entries.Count);
    }

    [Fact]
    public void The_seed_answers_whose_claims_have_aged_carry_a_team_note_in_every_language()
    {
        // The French seed calls MT-NLG the largest model and GPT-3 open source; the originals stay verbatim, the note corrects them.
        foreach (var (id, fact) in new[] { ("faq-fr/largest-model", "540"), ("faq-fr/openai-free", "GPT-2") })
        {
            var entry = BuiltIn.Find(id);

            Assert.NotNull(entry);
            Assert.Equal([BotLanguage.En, BotLanguage.Fr, BotLanguage.Zh], entry.TeamNotes.Keys.Order());
            Assert.All(entry.TeamNotes.Values, note => Assert.Contains(fact, note, StringComparison.Ordinal));
            Assert.All(entry.TeamNotes, n => Assert.Equal(n.Key, LanguageDetector.Detect(n.Value)));
        }
    }

    [Fact]
    public void A_missing_extra_folder_is_reported_not_fatal()
    {
        var knowledgeBase = KnowledgeBaseLoader.Load("/nonexistent/llmtutorbot-kb");

        Assert.Equal(BuiltIn.Entries.Count, knowledgeBase.Entries.Count);
        Assert.Contains(knowledgeBase.Report.Rejected, r => r.Reason.Contains("does not exist", StringComparison.Ordinal));
    }
}
