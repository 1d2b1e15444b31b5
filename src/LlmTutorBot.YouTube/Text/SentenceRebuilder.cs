using System.Text;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.YouTube.Text;

/// <summary>
/// Turns captions into timed sentences. A punctuated track (uploader captions, Whisper) keeps its own sentences. An
/// unpunctuated one (YouTube's speech recognition) is rebuilt: rolling-caption repetition removed, fillers (um, uh, you
/// know) and stutters ("now now") dropped, sentence ends placed from pauses (between captions, and between words when
/// json3 gives their offsets), discourse markers ("so", "now", "okay", "and then") and caption boundaries, then the
/// starts capitalized, the words the transcript spells in capitals elsewhere restored (GPT, BERT, Google) and a full stop
/// or question mark added.
/// </summary>
public static partial class SentenceRebuilder
{
    /// <summary>At most this many words of a caption can repeat the end of the previous ones (rolling captions).</summary>
    private const int MaxOverlap = 40;

    /// <summary>Sentences from plain captions (no word times).</summary>
    public static IReadOnlyList<TimedSentence> Rebuild(IReadOnlyList<TranscriptSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        return Rebuild([.. segments.Select(TimedCaption.From)]);
    }

    /// <summary>Sentences from captions, with their words' times where given.</summary>
    public static IReadOnlyList<TimedSentence> Rebuild(IReadOnlyList<TimedCaption> captions)
    {
        ArgumentNullException.ThrowIfNull(captions);
        var tokens = Tokens(captions);
        if (tokens.Count == 0)
        {
            return [];
        }

        return IsPunctuated(tokens) ? Punctuated(tokens) : Unpunctuated(tokens, captions);
    }

    /// <summary>True when the captions carry their own sentence ends (about one every 40 words or more often).</summary>
    public static bool IsPunctuated(IReadOnlyList<TranscriptSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        return IsPunctuated(Tokens([.. segments.Select(TimedCaption.From)]));
    }

    private static bool IsPunctuated(List<Token> tokens)
    {
        var ends = tokens.Count(t => EndsSentence(t.Text));
        return ends > 0 && ends * 40 >= tokens.Count;
    }

    // Each caption's words with a time each; words a caption repeats from the end of the previous ones are skipped.
    private static List<Token> Tokens(IReadOnlyList<TimedCaption> captions)
    {
        var tokens = new List<Token>(captions.Count * 8);
        var words = new List<(string Text, TimeSpan Start, bool Timed)>();
        for (var c = 0; c < captions.Count; c++)
        {
            var caption = captions[c];
            words.Clear();
            if (caption.Words is { Count: > 0 } timed)
            {
                foreach (var word in timed)
                {
                    foreach (var part in word.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        words.Add((part, word.Start, true));
                    }
                }
            }
            else
            {
                foreach (var part in caption.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    words.Add((part, TimeSpan.Zero, false));
                }
            }

            words.RemoveAll(w => IsMarker(w.Text));
            var skip = Overlap(tokens, words);
            var count = words.Count - skip;
            for (var i = skip; i < words.Count; i++)
            {
                var (text, start, isTimed) = words[i];
                var at = isTimed ? start : caption.Start + (caption.Duration * (i - skip) / Math.Max(1, count));
                tokens.Add(new Token(text, Key(text), at, c, isTimed, i == skip));
            }
        }

        return tokens;
    }

    // How many leading words of the caption repeat the last words already read (two at least; all of them for a
    // caption that is wholly a repeat).
    private static int Overlap(List<Token> tokens, List<(string Text, TimeSpan Start, bool Timed)> words)
    {
        var most = Math.Min(Math.Min(words.Count, tokens.Count), MaxOverlap);
        for (var k = most; k >= 2; k--)
        {
            var from = tokens.Count - k;
            if (!string.Equals(tokens[from].Key, Key(words[0].Text), StringComparison.Ordinal))
            {
                continue;
            }

            var same = true;
            for (var i = 1; i < k && same; i++)
            {
                same = string.Equals(tokens[from + i].Key, Key(words[i].Text), StringComparison.Ordinal);
            }

            if (same)
            {
                return k;
            }
        }

        return 0;
    }

    // A punctuated track: its sentences as they are, cut after ". ? !" (not after an abbreviation or inside a number),
    // a sentence repeated right after itself dropped.
    private static List<TimedSentence> Punctuated(List<Token> tokens)
    {
        var sentences = new List<TimedSentence>();
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var last = i == tokens.Count - 1;
            if (last || (EndsSentence(tokens[i].Text) && !IsAbbreviation(tokens[i].Key) && StartsSentence(tokens[i + 1].Text)))
            {
                var text = Join(tokens, first, i + 1);
                if (sentences.Count == 0 || !string.Equals(sentences[^1].Text, text, StringComparison.OrdinalIgnoreCase))
                {
                    sentences.Add(Sentence(sentences.Count, tokens, first, i + 1, text));
                }

                first = i + 1;
            }
        }

        return sentences;
    }

    private static List<TimedSentence> Unpunctuated(List<Token> tokens, IReadOnlyList<TimedCaption> captions)
    {
        var clean = Cleanup(tokens);
        if (clean.Count == 0)
        {
            return [];
        }

        var casing = TrueCase.Learn(clean.Select(t => t.Text));
        var forced = new HashSet<int>();
        var cuts = Boundaries(clean, captions, forced);
        var sentences = new List<TimedSentence>(cuts.Count);
        for (var k = 0; k < cuts.Count; k++)
        {
            var from = cuts[k];
            var to = k + 1 < cuts.Count ? cuts[k + 1] : clean.Count;
            var sentence = Sentence(sentences.Count, clean, from, to, Finish(clean, from, to, casing));
            sentences.Add(sentence with { Forced = forced.Contains(from) || forced.Contains(to) });
        }

        return sentences;
    }

    private static TimedSentence Sentence(int index, List<Token> tokens, int from, int to, string text)
    {
        var end = to < tokens.Count && tokens[to].Start > tokens[to - 1].Start ? tokens[to].Start : tokens[to - 1].Start + TimeSpan.FromMilliseconds(400);
        var words = 0.0;
        for (var i = from; i < to; i++)
        {
            words += WordWeight(tokens[i].Text);
        }

        return new TimedSentence(index, tokens[from].Start, end, text, tokens[from].Caption, tokens[to - 1].Caption) { Words = (int)Math.Ceiling(words) };
    }

    private static string Join(List<Token> tokens, int from, int to)
    {
        var builder = new StringBuilder();
        for (var i = from; i < to; i++)
        {
            var text = tokens[i].Text;
            if (builder.Length > 0 && !(Terms.IsCjk(builder[^1]) && text.Length > 0 && Terms.IsCjk(text[0])))
            {
                builder.Append(' ');
            }

            builder.Append(text);
        }

        return builder.ToString();
    }

    /// <summary>"[Music]", "[Applause]", "♪": sounds, not words.</summary>
    internal static bool IsMarker(string word) =>
        word.Length == 0 || word.All(c => c is '♪' or '♫' or '♬') || (word[0] is '[' or '(' && word[^1] is ']' or ')');

    internal static bool EndsSentence(string word)
    {
        var w = word.TrimEnd('"', '\'', ')', '”', '’', ']');
        return w.Length > 0 && w[^1] is '.' or '?' or '!' or '。' or '？' or '！' or '؟' or '…';
    }

    private static bool StartsSentence(string word)
    {
        var w = word.TrimStart('"', '\'', '(', '“', '‘', '¿', '¡', '-');
        return w.Length == 0 || !char.IsLower(w[0]);
    }

    private static bool IsAbbreviation(string key) => key is "mr" or "mrs" or "ms" or "dr" or "vs" or "e.g" or "i.e" or "st" or "prof" or "no";

    /// <summary>The word lower-cased without surrounding punctuation, for comparing.</summary>
    internal static string Key(string word)
    {
        var span = word.AsSpan().Trim(".,!?;:\"'()[]“”‘’…。，？！؟،");
        return span.Length == word.Length && !word.Any(char.IsUpper) ? word : span.ToString().ToLowerInvariant();
    }

    // A CJK character is about half a word; anything else is one.
    private static double WordWeight(string text)
    {
        var cjk = text.Count(Terms.IsCjk);
        return cjk == 0 ? 1 : Math.Max(1, cjk / 2.0);
    }

    /// <summary>A word as read: its text, comparison key, time, caption and whether the time is the word's own.</summary>
    private readonly record struct Token(string Text, string Key, TimeSpan Start, int Caption, bool Timed, bool CaptionStart);
}
