using LlmTutorBot.YouTube.Text;

namespace LlmTutorBot.Tests.YouTube;

public sealed class ConceptLexiconUnitTests
{
    private static readonly ConceptLexicon Small = ConceptLexicon.Parse(
        """
        # a comment
        ~subject | large language model* | llm
        neural network | neural network*
        recurrent neural networks (RNN) | recurrent neural network* | rnn
        tokenization | tokeniz*
        GPT-3.5 | gpt 3.5
        """);

    [Fact]
    public void Forms_match_whole_words_or_word_prefixes_and_the_longer_form_wins()
    {
        var concepts = Small.Find(Sentences(
            "A neural network reads the tokenized text.",
            "Recurrent neural networks came before transformers.",
            "Then GPT-3.5 arrived, and the networks grew."));

        Assert.Equal(["neural network", "recurrent neural networks (RNN)", "tokenization", "GPT-3.5"], concepts.Select(c => c.Name));
        Assert.Equal([0], concepts.Single(c => c.Name == "neural network").Sentences);
        Assert.Equal([1], concepts.Single(c => c.Name == "recurrent neural networks (RNN)").Sentences);
        Assert.Equal([0], concepts.Single(c => c.Name == "tokenization").Sentences);
        Assert.Equal([2], concepts.Single(c => c.Name == "GPT-3.5").Sentences);
    }

    [Fact]
    public void The_subject_of_every_video_is_known_but_never_found_as_a_concept()
    {
        var concepts = Small.Find(Sentences("Large language models are everywhere, and every LLM is big."));

        Assert.Empty(concepts);
        Assert.True(Small.Knows("large language models"));
        Assert.True(Small.Knows("the tokenizer"));
        Assert.False(Small.Knows("tallest building"));
    }

    [Fact]
    public void The_bundled_english_lexicon_loads_and_other_languages_have_none()
    {
        Assert.InRange(ConceptLexicon.English.Count, 100, 400);
        Assert.Same(ConceptLexicon.English, ConceptLexicon.For("en-GB"));
        Assert.Same(ConceptLexicon.None, ConceptLexicon.For("zh"));
        Assert.Empty(ConceptLexicon.For("zh").Find(Sentences("大型语言模型使用注意力机制。")));
        Assert.Contains(ConceptLexicon.English.Find(Sentences("We use reinforcement learning from human feedback.")), c => c.Name.Contains("RLHF", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("only a name")]
    [InlineData("short prefix | ab*")]
    public void A_malformed_line_is_refused_with_the_line(string line)
    {
        var error = Assert.Throws<FormatException>(() => ConceptLexicon.Parse(line));

        Assert.Contains(line.Split(" | ")[^1], error.Message, StringComparison.Ordinal);
    }

    private static List<CaptionWindow> Sentences(params string[] texts) =>
        [.. texts.Select((t, i) => new CaptionWindow(i, TimeSpan.FromSeconds(10 * i), TimeSpan.FromSeconds((10 * i) + 9), t, []))];
}
