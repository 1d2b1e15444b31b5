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
    [InlineData("QU'EST-CE QUE LE REGLAGE FIN D'UN LLM", "faq-fr/fine-tuning-what", "video-zh/fine-tuning")]
    [InlineData("微调一个大模型要花多少钱", "faq-fr/fine-tuning-cost", null)]
    [InlineData("who invented BERT", "faq-fr/bert-inventor", null)]
    public void The_questions_users_ask_find_their_entry_first_and_confidently(string question, string expected, string? alsoRight)
    {
        var decision = FaqDecision.From(_index.Search(question), new FaqOptions());

        Assert.Equal(FaqVerdict.Answer, decision.Verdict);
        Assert.Contains(decision.Best!.Entry.Id, new[] { expected, alsoRight });
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

        Assert.True(report.Outcomes.Count >= 100, "the evaluation set has fewer than 100 cases");
        Assert.True(report.TopOneAccuracy >= 0.88, report.Summary());
        Assert.True(report.OutOfScopeAbstention >= 0.85, report.Summary());
        Assert.True(report.AnsweredWrongly <= 0.08, report.Summary());
    }

    [Fact]
    public void Every_expected_entry_of_the_evaluation_set_exists()
    {
        var knowledgeBase = KnowledgeBaseLoader.Load(null);

        var expected = FaqEvaluation.LoadCases().SelectMany(c => c.Expected ?? []).Distinct();

        Assert.All(expected, id => Assert.NotNull(knowledgeBase.Find(id)));
    }

    public void Dispose() => _index.Dispose();
}
