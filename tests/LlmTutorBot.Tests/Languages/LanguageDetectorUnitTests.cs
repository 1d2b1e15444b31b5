using LlmTutorBot.Core.Languages;

namespace LlmTutorBot.Tests.Languages;

public class LanguageDetectorUnitTests
{
    [Theory]
    [InlineData("C'est quoi le fine-tuning ?")]
    [InlineData("C’est quoi le fine-tuning ?")]
    [InlineData("Qu'est-ce qu'un LLM")]
    [InlineData("Pourquoi les modèles hallucinent-ils ?")]
    [InlineData("Explique-moi l'attention")]
    [InlineData("résume cette vidéo https://youtu.be/x")]
    public void French_questions_are_detected_as_French(string text)
    {
        Assert.Equal(BotLanguage.Fr, LanguageDetector.Detect(text));
    }

    [Theory]
    [InlineData("Are LLMs conscious?")]
    [InlineData("What is a transformer")]
    [InlineData("what's the difference between RAG and fine-tuning")]
    [InlineData("Please summarize https://youtu.be/x")]
    public void English_questions_are_detected_as_English(string text)
    {
        Assert.Equal(BotLanguage.En, LanguageDetector.Detect(text));
    }

    [Theory]
    [InlineData("什么是知识蒸馏?")]
    [InlineData("什么是 RAG")]
    [InlineData("总结一下 https://youtu.be/x")]
    [InlineData("RAG 和 fine-tuning 有什么区别？")]
    public void Chinese_questions_are_detected_as_Chinese(string text)
    {
        Assert.Equal(BotLanguage.Zh, LanguageDetector.Detect(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("RAG")]
    [InlineData("GPT-4o")]
    [InlineData("https://youtu.be/x")]
    [InlineData("<https://www.youtube.com/watch?v=abc>")]
    [InlineData("12345")]
    [InlineData("?!")]
    [InlineData("👍")]
    public void Text_with_no_telling_words_has_no_language(string? text)
    {
        Assert.Null(LanguageDetector.Detect(text));
    }
}
