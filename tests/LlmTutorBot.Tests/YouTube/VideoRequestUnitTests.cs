using LlmTutorBot.Core.Languages;
using LlmTutorBot.YouTube.Handlers;
using LlmTutorBot.YouTube.Links;

namespace LlmTutorBot.Tests.YouTube;

/// <summary>The words around a posted link: a translation or a summary, into which language; and questions that point at the video.</summary>
public sealed class VideoRequestUnitTests
{
    [Theory]
    [InlineData("translate this to French https://youtu.be/osKyvYJ3PRM", BotLanguage.Fr)]
    [InlineData("can you translate https://youtu.be/osKyvYJ3PRM into chinese please", BotLanguage.Zh)]
    [InlineData("traduis en français https://youtu.be/osKyvYJ3PRM", BotLanguage.Fr)]
    [InlineData("traduire https://youtu.be/osKyvYJ3PRM en anglais", BotLanguage.En)]
    [InlineData("翻译成中文 https://youtu.be/osKyvYJ3PRM", BotLanguage.Zh)]
    [InlineData("https://youtu.be/osKyvYJ3PRM 翻译成法语", BotLanguage.Fr)]
    [InlineData("translate https://youtu.be/osKyvYJ3PRM", null)]
    public void Words_that_ask_for_a_translation_and_its_language_are_read(string text, BotLanguage? language)
    {
        Assert.True(VideoRequest.AsksForTranslation(text));
        Assert.Equal(language, VideoRequest.NamedLanguage(text));
    }

    [Theory]
    [InlineData("https://youtu.be/osKyvYJ3PRM")]
    [InlineData("can you summarize this https://youtu.be/osKyvYJ3PRM")]
    [InlineData("résume cette vidéo https://youtu.be/osKyvYJ3PRM")]
    [InlineData("总结一下 https://youtu.be/osKyvYJ3PRM")]
    [InlineData("look at this <https://youtu.be/osKyvYJ3PRM?si=translate>")]
    public void Other_words_ask_for_the_summary(string text)
    {
        Assert.False(VideoRequest.AsksForTranslation(text));
    }

    [Theory]
    [InlineData("summarize in French https://youtu.be/osKyvYJ3PRM", BotLanguage.Fr)]
    [InlineData("résume en anglais https://youtu.be/osKyvYJ3PRM", BotLanguage.En)]
    [InlineData("can you summarize this https://youtu.be/osKyvYJ3PRM", null)]
    [InlineData("what is in this https://youtu.be/osKyvYJ3PRM", null)]
    public void A_summary_takes_the_language_the_words_name(string text, BotLanguage? language)
    {
        Assert.Equal(language, VideoRequest.NamedLanguage(text));
    }

    [Theory]
    [InlineData("what does he say about pizza?", true)]
    [InlineData("what did the speaker say about GPT-4?", true)]
    [InlineData("in the video, what is a token?", true)]
    [InlineData("qu'est-ce qu'il dit sur la pizza ?", true)]
    [InlineData("que dit la vidéo sur les transformers ?", true)]
    [InlineData("视频里讲了什么关于披萨的内容？", true)]
    [InlineData("他说了什么关于微调的事？", true)]
    [InlineData("What is RAG?", false)]
    [InlineData("C'est quoi un LLM ?", false)]
    [InlineData("什么是知识蒸馏？", false)]
    public void Questions_that_point_at_the_video_are_told_apart(string text, bool points)
    {
        Assert.Equal(points, VideoQuestionHandler.PointsAtTheVideo(text));
    }
}
