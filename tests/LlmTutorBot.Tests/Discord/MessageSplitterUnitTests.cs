using LlmTutorBot.Discord.Rendering;

namespace LlmTutorBot.Tests.Discord;

public sealed class MessageSplitterUnitTests
{
    [Fact]
    public void Text_within_the_limit_stays_whole()
    {
        Assert.Equal(["Hello\n\nWorld"], MessageSplitter.Split("Hello\n\nWorld"));
        Assert.Empty(MessageSplitter.Split(""));
    }

    [Fact]
    public void Long_text_is_cut_between_paragraphs()
    {
        var paragraphs = Enumerable.Range(0, 5).Select(i => $"{i}" + new string('a', 45)).ToList();

        var pieces = MessageSplitter.Split(string.Join("\n\n", paragraphs), limit: 100);

        Assert.Equal([$"{paragraphs[0]}\n\n{paragraphs[1]}", $"{paragraphs[2]}\n\n{paragraphs[3]}", paragraphs[4]], pieces);
    }

    [Fact]
    public void A_code_block_is_kept_whole_when_it_fits_even_with_blank_lines_inside()
    {
        var code = "```python\nx = 1\n\ny = 2\n```";
        var text = new string('p', 60) + "\n\n" + code;

        var pieces = MessageSplitter.Split(text, limit: 70);

        Assert.Equal([new string('p', 60), code], pieces);
    }

    [Fact]
    public void A_code_block_too_long_for_one_message_is_closed_and_reopened_with_its_language()
    {
        var lines = Enumerable.Range(0, 12).Select(i => $"line_{i:D2} = {i}").ToList();
        var code = "```python\n" + string.Join('\n', lines) + "\n```";

        var pieces = MessageSplitter.Split(code, limit: 80);

        Assert.True(pieces.Count > 1);
        Assert.All(pieces, p =>
        {
            Assert.True(p.Length <= 80, p);
            Assert.StartsWith("```python\n", p, StringComparison.Ordinal);
            Assert.EndsWith("\n```", p, StringComparison.Ordinal);
        });
        Assert.Equal(lines, pieces.SelectMany(p => p.Split('\n')[1..^1]));
    }

    [Fact]
    public void A_line_longer_than_the_limit_is_cut_between_words()
    {
        var words = string.Join(' ', Enumerable.Range(0, 40).Select(i => $"word{i}"));

        var pieces = MessageSplitter.Split(words, limit: 50);

        Assert.All(pieces, p => Assert.True(p.Length <= 50));
        Assert.Equal(words, string.Join(' ', pieces));
    }

    [Fact]
    public void A_surrogate_pair_is_never_cut()
    {
        var emoji = string.Concat(Enumerable.Repeat("😀", 60));

        var pieces = MessageSplitter.Split(emoji, limit: 25);

        Assert.All(pieces, p =>
        {
            Assert.True(p.Length <= 25);
            Assert.False(char.IsHighSurrogate(p[^1]));
            Assert.False(char.IsLowSurrogate(p[0]));
        });
        Assert.Equal(emoji, string.Concat(pieces));
    }

    [Fact]
    public void Every_piece_of_a_long_mixed_reply_is_within_discords_limit()
    {
        var text = string.Join("\n\n", Enumerable.Range(0, 40).Select(i => i % 5 == 0
            ? "```\n" + string.Join('\n', Enumerable.Repeat("code line here", 30)) + "\n```"
            : string.Join(' ', Enumerable.Repeat("word", 80))));

        var pieces = MessageSplitter.Split(text);

        Assert.All(pieces, p => Assert.True(p.Length <= 2000));
        Assert.Equal(text.Count(c => c == 'w'), pieces.Sum(p => p.Count(c => c == 'w')));
    }
}
