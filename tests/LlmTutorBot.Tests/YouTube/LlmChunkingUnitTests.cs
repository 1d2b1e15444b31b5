using LlmTutorBot.Tests.Fakes;
using LlmTutorBot.YouTube.Chunking;
using LlmTutorBot.YouTube.LlmJobs;
using LlmTutorBot.YouTube.Transcripts;
using LlmTutorBot.YouTube.Translations;

namespace LlmTutorBot.Tests.YouTube;

public sealed class LlmChunkingUnitTests
{
    private static readonly ScriptedLlmClient Counter = new();

    [Fact]
    public void A_three_hour_transcript_is_cut_on_caption_boundaries_into_chunks_under_the_budget()
    {
        var segments = GeneratedTranscripts.Of(TimeSpan.FromHours(3)).Transcript.Segments;
        var lines = CaptionChunker.StampedLines(segments, TimeSpan.FromSeconds(30));

        var chunks = CaptionChunker.Chunk(lines, CaptionChunker.Stamped, Counter.CountTokens, 4_000);

        Assert.True(chunks.Count >= 10, $"{chunks.Count} chunks");
        Assert.All(chunks, c => Assert.InRange(c.Tokens, 1, 4_000));
        Assert.All(chunks, c => Assert.Equal(c.Tokens, c.Lines.Sum(l => Counter.CountTokens(CaptionChunker.Stamped(l)) + 1)));
        var covered = chunks.SelectMany(c => c.Lines).ToList();
        Assert.Equal(0, covered[0].First);
        Assert.All(covered.Zip(covered.Skip(1)), pair => Assert.Equal(pair.First.Next, pair.Second.First));
        Assert.Equal(segments.Count, covered[^1].Next);
    }

    [Fact]
    public void A_summary_line_starts_at_a_real_caption_and_spans_about_thirty_seconds()
    {
        var segments = GeneratedTranscripts.Of(TimeSpan.FromMinutes(10)).Transcript.Segments;

        var lines = CaptionChunker.StampedLines(segments, TimeSpan.FromSeconds(30));

        Assert.All(lines, l => Assert.Equal(segments[l.First].Start, l.Start));
        Assert.All(lines.SkipLast(1), l => Assert.Equal(12, l.Count));
        Assert.StartsWith("[0:30] ", CaptionChunker.Stamped(lines[1]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_caption_cannot_fake_a_timestamp_in_a_summary_line()
    {
        var line = new CaptionLine(0, 1, TimeSpan.FromSeconds(65), "see [59:59] for the answer");

        Assert.Equal("[1:05] see (59:59) for the answer", CaptionChunker.Stamped(line));
    }

    [Fact]
    public void Translation_lines_join_short_captions_until_ten_words_or_three_captions()
    {
        var video = GeneratedTranscripts.FromTexts("one two three", "four five six seven", "eight nine ten eleven", "a", "b", "c", "d");

        var lines = CaptionChunker.TranslationLines(video.Transcript.Segments, 10, 3);

        Assert.Equal([(0, 3), (3, 3), (6, 1)], lines.Select(l => (l.First, l.Count)));
        Assert.Equal("one two three four five six seven eight nine ten eleven", lines[0].Text);
    }

    [Fact]
    public void Reassembly_keeps_every_caption_with_its_original_timing()
    {
        var video = GeneratedTranscripts.FromTexts("the model reads", "tokens one by one", "and predicts", "the next one");
        var segments = video.Transcript.Segments;
        var lines = CaptionChunker.TranslationLines(segments, 10, 2);

        var result = LlmTranslationEngine.Reassemble(segments, lines, ["le modèle lit des jetons un par un", "et prédit le suivant"]);

        Assert.Equal(segments.Select(s => (s.Start, s.Duration)), result.Select(s => (s.Start, s.Duration)));
        // Shared out in proportion to the source captions' lengths (15 and 17 characters: 4 and 4 words).
        Assert.Equal(["le modèle lit des", "jetons un par un", "et prédit", "le suivant"], result.Select(s => s.Text));
    }

    [Fact]
    public void A_chinese_line_is_shared_out_between_characters()
    {
        var parts = NumberedLines.Distribute("模型逐个读取词元", ["the model reads", "tokens one by one"]);

        Assert.Equal(2, parts.Length);
        Assert.Equal("模型逐个读取词元", string.Concat(parts));
        Assert.All(parts, p => Assert.NotEmpty(p));
    }

    [Fact]
    public void Numbered_answers_count_only_numbers_answered_once_and_the_terms_line_is_read()
    {
        var answer = "1 premier\n2. deuxième\n2 encore deux\n4) quatrième\n9 hors limite\nTERMS: token = jeton; RLHF = RLHF";

        var found = NumberedLines.Parse(answer, 4, out var terms);

        Assert.Equal(new Dictionary<int, string> { [1] = "premier", [4] = "quatrième" }, found);
        Assert.Equal("token = jeton; RLHF = RLHF", terms);
    }

    [Fact]
    public void The_glossary_gives_a_chunk_only_the_terms_it_uses_and_keeps_decided_ones()
    {
        var glossary = Glossary.For("fr");

        var used = glossary.For(["The tokens go through the attention mechanism", "then fine-tuning with RLHF"]);
        glossary.AddDecided("token = pièce; beam search = recherche en faisceau");

        Assert.Contains("tokens = jetons", used, StringComparison.Ordinal);
        Assert.Contains("attention mechanism = mécanisme d'attention", used, StringComparison.Ordinal);
        Assert.Contains("fine-tuning = affinage (fine-tuning)", used, StringComparison.Ordinal);
        Assert.DoesNotContain("hallucination", used, StringComparison.Ordinal);
        Assert.Equal("jeton", glossary.Entries["token"]);
        Assert.Equal("recherche en faisceau", glossary.Entries["beam search"]);
        Assert.Equal(0, Glossary.For("xx").Count);
        Assert.Equal(Glossary.For("zh").Count, Glossary.For("zh-Hans").Count);
    }

    [Fact]
    public void A_cited_time_moves_to_the_start_of_its_caption_and_a_time_outside_the_video_is_refused()
    {
        TranscriptSegment[] segments =
        [
            new(TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(4), "a"),
            new(TimeSpan.FromSeconds(65.4), TimeSpan.FromSeconds(3), "b"),
            new(TimeSpan.FromSeconds(80), TimeSpan.FromSeconds(10), "c"),
        ];

        Assert.Equal(TimeSpan.FromSeconds(0.5), TimestampCheck.Snap(segments, TimeSpan.Zero));
        Assert.Equal(TimeSpan.FromSeconds(65.4), TimestampCheck.Snap(segments, TimeSpan.FromSeconds(65)));
        Assert.Equal(TimeSpan.FromSeconds(65.4), TimestampCheck.Snap(segments, TimeSpan.FromSeconds(72)));
        Assert.Equal(TimeSpan.FromSeconds(80), TimestampCheck.Snap(segments, TimeSpan.FromSeconds(89)));
        Assert.Null(TimestampCheck.Snap(segments, TimeSpan.FromSeconds(91)));
        Assert.Null(TimestampCheck.Snap(segments, TimeSpan.FromSeconds(-1)));
        Assert.Null(TimestampCheck.Snap([], TimeSpan.Zero));
    }
}
