using LlmTutorBot.Faq;
using LlmTutorBot.Faq.Answering;
using LlmTutorBot.Faq.Evaluation;
using LlmTutorBot.Faq.Knowledge;
using LlmTutorBot.Faq.Retrieval;

namespace LlmTutorBot.Tests.Faq;

public sealed class FaqIndexUnitTests : IDisposable
{
    private readonly FaqIndex _index = new(KnowledgeBaseLoader.Load(null));

    [Theory]
    [InlineData("C'est quoi le fine-tuning ?", "faq-fr/fine-tuning-what", "video-zh/fine-tuning")]
    [InlineData("Are LLMs conscious?", "faq-fr/llm-conscious", null)]
    [InlineData("什么是知识蒸馏?", "video-zh/knowledge-distillation", null)]
    [InlineData("微调一个大模型要花多少钱", "faq-fr/fine-tuning-cost", null)]
    [InlineData("who invented BERT", "faq-fr/bert-inventor", null)]
    public void The_questions_users_ask_find_their_entry_first_and_confidently(string question, string expected, string? alsoRight)
    {
        var decision = FaqDecision.From(_index.Search(question), new FaqOptions());

        Assert.Equal(FaqVerdict.Answer, decision.Verdict);
        Assert.Contains(decision.Best!.Entry.Id, new[] { expected, alsoRight });
    }

    [Fact]
    public void A_question_in_capitals_without_accents_finds_its_entry_first()
    {
        // Since the curriculum joined, the two fine-tuning entries of the French FAQ are a near-tie for this question:
        // the best is right, and the user may be asked which one they mean.
        var decision = FaqDecision.From(_index.Search("QU'EST-CE QUE LE REGLAGE FIN D'UN LLM"), new FaqOptions());

        Assert.NotEqual(FaqVerdict.OutOfScope, decision.Verdict);
        Assert.True(decision.Best!.Entry.Id is "faq-fr/fine-tuning-what" or "video-zh/fine-tuning", decision.Best.Entry.Id);
    }

    [Theory]
    [InlineData("Quel temps fera-t-il demain à Paris ?")]
    [InlineData("give me a recipe for chocolate cake")]
    [InlineData("明天北京天气怎么样")]
    [InlineData("how much is a kilo of tomatoes")]
    public void Questions_outside_the_domain_are_declined(string question)
    {
        var decision = FaqDecision.From(_index.Search(question), new FaqOptions());

        Assert.Equal(FaqVerdict.OutOfScope, decision.Verdict);
    }

    [Fact]
    public void Jargon_is_matched_across_languages()
    {
        var french = _index.Search("réglage fin")[0].Entry.Id;
        var english = _index.Search("fine tuning")[0].Entry.Id;
        var chinese = _index.Search("微调")[0].Entry.Id;

        Assert.Contains("fine-tuning", french, StringComparison.Ordinal);
        Assert.Contains("fine-tuning", english, StringComparison.Ordinal);
        Assert.Contains("fine-tuning", chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_with_no_known_word_returns_nothing_confident()
    {
        var hits = _index.Search("zzz qqq");

        Assert.True(hits.Count == 0 || hits[0].Coverage < 0.1);
    }

    [Fact]
    public void The_evaluation_set_meets_its_thresholds()
    {
        var report = FaqEvaluation.Run(_index, new FaqOptions(), FaqEvaluation.LoadCases());
        TestContext.Current.TestOutputHelper?.WriteLine(report.Summary());

        // The curriculum's questions were written apart from its phrasings and are answered less often so far (about
        // 64 % top-1 when they were added): they have their own floor, so the seeds' questions keep theirs.
        var curriculum = new EvaluationReport([.. report.Outcomes.Where(o => o.Case.Expected?.Any(IsCurriculum) == true)]);
        var seeds = new EvaluationReport([.. report.Outcomes.Where(o => o.Case.Expected?.Any(IsCurriculum) != true)]);
        TestContext.Current.TestOutputHelper?.WriteLine("seeds: " + seeds.Summary());
        TestContext.Current.TestOutputHelper?.WriteLine("curriculum: " + curriculum.Summary());

        Assert.True(report.Outcomes.Count >= 100, "the evaluation set has fewer than 100 cases");
        Assert.True(seeds.TopOneAccuracy >= 0.88, seeds.Summary());
        Assert.True(seeds.OutOfScopeAbstention >= 0.85, seeds.Summary());
        Assert.True(seeds.AnsweredWrongly <= 0.08, seeds.Summary());
        Assert.True(curriculum.Outcomes.Count >= 40, "the evaluation set has fewer than 40 curriculum questions");
        Assert.True(curriculum.TopOneAccuracy >= 0.55, curriculum.Summary());
        Assert.True(curriculum.AnsweredWrongly <= 0.08, curriculum.Summary());
    }

    private static bool IsCurriculum(string id) => id.StartsWith("curriculum/", StringComparison.Ordinal);

    [Fact]
    public void Every_expected_entry_of_the_evaluation_set_exists()
    {
        var knowledgeBase = KnowledgeBaseLoader.Load(null);

        var expected = FaqEvaluation.LoadCases().SelectMany(c => c.Expected ?? []).Distinct();

        Assert.All(expected, id => Assert.NotNull(knowledgeBase.Find(id)));
    }

    public void Dispose() => _index.Dispose();
}
