using LlmTutorBot.Faq.Answering;
using LlmTutorBot.Faq.Retrieval;

namespace LlmTutorBot.Tests.Faq;

public sealed class AnsweringUnitTests
{
    [Fact]
    public void A_long_answer_is_cut_at_paragraphs_under_the_limit_and_loses_nothing()
    {
        var paragraphs = Enumerable.Range(1, 12).Select(i => $"Paragraph {i}. " + new string('x', 150)).ToList();
        var text = string.Join("\n\n", paragraphs);

        var parts = AnswerParts.Split(text, 500);

        Assert.All(parts, p => Assert.True(p.Length <= 500));
        Assert.Equal(text, string.Join("\n\n", parts));
        Assert.True(parts.Count >= 4);
    }

    [Fact]
    public void A_paragraph_longer_than_the_limit_is_cut_at_a_sentence_end()
    {
        var sentence = "This is a sentence of moderate length. ";
        var text = string.Concat(Enumerable.Repeat(sentence, 30)).Trim();

        var parts = AnswerParts.Split(text, 300);

        Assert.All(parts, p => Assert.True(p.Length <= 300));
        Assert.All(parts, p => Assert.EndsWith(".", p, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("tell me more")]
    [InlineData("Explain more!")]
    [InlineData("la suite")]
    [InlineData("Dis m'en plus")]
    [InlineData("继续")]
    [InlineData("详细说说")]
    public void Requests_for_more_are_recognized(string text) => Assert.True(FollowUps.AsksForMore(text));

    [Theory]
    [InlineData("tell me more about transformers")]
    [InlineData("What is BERT?")]
    public void Real_questions_are_not_requests_for_more(string text) => Assert.False(FollowUps.AsksForMore(text));

    [Theory]
    [InlineData("and BERT?", "bert")]
    [InlineData("what about GPT-4", "gpt-4")]
    [InlineData("Et BERT ?", "bert")]
    [InlineData("那BERT呢？", "bert")]
    [InlineData("GPT-4呢", "gpt-4")]
    public void Elliptical_questions_give_their_subject(string text, string subject) =>
        Assert.Equal(subject, FollowUps.EllipticalSubject(text));

    [Theory]
    [InlineData("What is BERT?")]
    [InlineData("and then the model is trained on a very large corpus of text from the web")]
    public void Full_questions_are_not_elliptical(string text) => Assert.Null(FollowUps.EllipticalSubject(text));

    [Fact]
    public void Synonyms_fold_case_accents_and_jargon_into_one_concept()
    {
        Assert.Equal(Synonyms.Normalize("Réglage fin").Trim(), Synonyms.Normalize("FINE-TUNING").Trim());
        Assert.Equal(Synonyms.Normalize("微调").Trim(), Synonyms.Normalize("fine tuning").Trim());
        Assert.Contains("kxgpt4", Synonyms.Normalize("GPT-4算不算大模型"), StringComparison.Ordinal);
    }
}
