using LlmTutorBot.Llm.Tokens;

namespace LlmTutorBot.Tests.Llm;

/// <summary>Token counts with the model's Tiktoken encoding, or o200k_base for names it does not know.</summary>
public sealed class LlmTokenizerUnitTests
{
    [Fact]
    public void A_known_model_uses_its_encoding()
    {
        var gpt4o = new LlmTokenizer("gpt-4o-mini");
        var gpt4 = new LlmTokenizer("gpt-4");

        Assert.Equal("gpt-4o-mini", gpt4o.Encoding);
        Assert.Equal("gpt-4", gpt4.Encoding);
        Assert.Equal(2, gpt4o.CountTokens("Hello world"));
    }

    [Fact]
    public void An_unknown_model_falls_back_to_o200k()
    {
        var tokenizer = new LlmTokenizer("llama3.2:3b");

        Assert.Equal(LlmTokenizer.FallbackEncoding, tokenizer.Encoding);
        Assert.Equal(new LlmTokenizer("gpt-4o").CountTokens("Les grands modèles de langage"), tokenizer.CountTokens("Les grands modèles de langage"));
    }

    [Fact]
    public void Counts_grow_with_the_text_and_empty_text_is_free()
    {
        var tokenizer = new LlmTokenizer(null);
        var sentence = "大语言模型通过预测下一个词元来生成文本。";

        Assert.Equal(0, tokenizer.CountTokens(""));
        Assert.True(tokenizer.CountTokens(sentence) > 5);
        Assert.InRange(tokenizer.CountTokens(sentence + sentence + sentence), (3 * tokenizer.CountTokens(sentence)) - 3, (3 * tokenizer.CountTokens(sentence)) + 3);
    }
}
