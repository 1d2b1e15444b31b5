using System.Text.Json;
using System.Text.RegularExpressions;
using LlmTutorBot.YouTube.Bundled;
using LlmTutorBot.YouTube.Links;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.Tests.YouTube;

/// <summary>
/// The team's cleaned copy of the bundled English track (Bundled/Data/osKyvYJ3PRM.sentences-en.json) against the
/// raw captions it was written from: ranges, timings, sentence shape, and the speaker's words kept in order.
/// </summary>
public sealed partial class CleanedTranscriptDataUnitTests
{
    private const string ResourceName = "LlmTutorBot.YouTube.BundledSentences.osKyvYJ3PRM.sentences-en.json";

    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal) { "um", "uh", "er", "ah", "hmm", "mm" };

    private static readonly VideoTranscript Raw = new BundledVideos().FindOriginal(VideoId.Parse("osKyvYJ3PRM"))!;

    [Fact]
    public void The_cleaned_copy_is_shipped_beside_the_bundled_video_and_names_its_track()
    {
        using var document = LoadCleaned();
        var root = document.RootElement;

        Assert.Equal("osKyvYJ3PRM", root.GetProperty("videoId").GetString());
        Assert.Equal("en", root.GetProperty("language").GetString());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("source").GetString()));
        Assert.Equal("en", Raw.Transcript.Language);
        Assert.True(root.GetProperty("sentences").GetArrayLength() > 100);
    }

    [Fact]
    public void The_sentence_ranges_are_in_order_cover_every_caption_line_and_never_overlap()
    {
        using var document = LoadCleaned();
        var next = 0;

        foreach (var sentence in document.RootElement.GetProperty("sentences").EnumerateArray())
        {
            var first = sentence.GetProperty("first").GetInt32();
            var last = sentence.GetProperty("last").GetInt32();
            Assert.True(first == next, $"The sentence starting at line {first} should start at line {next}: \"{sentence.GetProperty("t").GetString()}\"");
            Assert.True(last >= first, $"The sentence at line {first} ends before it starts ({last}).");
            next = last + 1;
        }

        Assert.Equal(Raw.Transcript.Segments.Count, next);
    }

    [Fact]
    public void Each_sentence_has_the_timings_of_its_caption_lines()
    {
        using var document = LoadCleaned();
        var segments = Raw.Transcript.Segments;

        foreach (var sentence in document.RootElement.GetProperty("sentences").EnumerateArray())
        {
            var first = segments[sentence.GetProperty("first").GetInt32()];
            var last = segments[sentence.GetProperty("last").GetInt32()];
            Assert.Equal((long)first.Start.TotalMilliseconds, sentence.GetProperty("s").GetInt64());
            Assert.Equal((long)(last.Start + last.Duration).TotalMilliseconds, sentence.GetProperty("e").GetInt64());
        }
    }

    [Fact]
    public void Every_sentence_starts_with_a_capital_or_digit_and_ends_with_a_full_stop_question_or_exclamation_mark()
    {
        using var document = LoadCleaned();

        foreach (var sentence in document.RootElement.GetProperty("sentences").EnumerateArray())
        {
            var text = sentence.GetProperty("t").GetString()!;
            Assert.True(WellFormed().IsMatch(text), $"Not a well-formed sentence: \"{text}\"");
        }
    }

    [Fact]
    public void At_least_95_percent_of_the_caption_words_appear_in_the_cleaned_text_in_order()
    {
        using var document = LoadCleaned();
        var raw = Words(string.Join(' ', Raw.Transcript.Segments.Select(s => s.Text))).Where(w => !Fillers.Contains(w)).ToArray();
        var cleaned = Words(string.Join(' ', document.RootElement.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("t").GetString())));

        var kept = LongestCommonSubsequence(raw, cleaned);

        Assert.True(kept >= raw.Length * 0.95, $"Only {kept} of {raw.Length} caption words ({100.0 * kept / raw.Length:F1} %) appear in order in the cleaned text.");
    }

    [Fact]
    public void The_cleaned_text_adds_almost_no_word_the_captions_do_not_have()
    {
        using var document = LoadCleaned();
        var raw = Words(string.Join(' ', Raw.Transcript.Segments.Select(s => s.Text)));
        var cleaned = Words(string.Join(' ', document.RootElement.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("t").GetString())));

        var kept = LongestCommonSubsequence(raw, cleaned);

        // Mis-hearings fixed in the cleaned copy ("chat PT" = ChatGPT, "rlf" = RLHF…) are the only words it may not share.
        Assert.True(kept >= cleaned.Length * 0.97, $"{cleaned.Length - kept} of {cleaned.Length} cleaned words are not in the captions in order.");
    }

    private static JsonDocument LoadCleaned()
    {
        using var stream = typeof(BundledVideos).Assembly.GetManifestResourceStream(ResourceName);
        Assert.True(stream is not null, $"The YouTube assembly should embed {ResourceName}.");
        return JsonDocument.Parse(stream);
    }

    /// <summary>Lowercased words with their punctuation (hyphens, apostrophes…) removed, split on white space.</summary>
    private static string[] Words(string text) =>
        [.. text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string([.. w.Where(char.IsLetterOrDigit)]).ToLowerInvariant())
            .Where(w => w.Length > 0)];

    private static int LongestCommonSubsequence(string[] a, string[] b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        foreach (var word in a)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = string.Equals(word, b[j - 1], StringComparison.Ordinal)
                    ? previous[j - 1] + 1
                    : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    [GeneratedRegex("""^[\p{Lu}\p{N}].*[.?!]["”)]?$""", RegexOptions.Singleline)]
    private static partial Regex WellFormed();
}
