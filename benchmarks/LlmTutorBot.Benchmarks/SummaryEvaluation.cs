using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using LlmTutorBot.YouTube.Bundled;
using LlmTutorBot.YouTube.Links;
using LlmTutorBot.YouTube.Player;
using LlmTutorBot.YouTube.Subtitles;
using LlmTutorBot.YouTube.Summaries;
using LlmTutorBot.YouTube.Text;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.Benchmarks;

/// <summary>
/// "summary-eval": the extractive summary of real caption tracks (SummaryEval/) against topic lists written by reading
/// them: coverage, well-formed sentences, words, time; then the 3-hour generated track's time and allocations.
/// </summary>
internal static partial class SummaryEvaluation
{
    private const int Runs = 5;

    public static void Run(bool show, bool noLexicon)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "SummaryEval");
        var seed = new BundledVideos().FindOriginal(VideoId.Parse("osKyvYJ3PRM"))!;
        var tracks = new List<(string Name, VideoMetadata Metadata, Transcript Transcript, string Topics)>
        {
            ("seed (bundled, ASR-style)", seed.Metadata, seed.Transcript, "seed-llm-intro.topics"),
            ("state-of-gpt (Whisper, punctuated)", Metadata("bZQun8Y4L2A", "State of GPT"), Load(folder, "state-of-gpt.en.srt", TranscriptSource.Attachment), "state-of-gpt.topics"),
            ("intro-to-llms (YouTube ASR vtt)", Metadata("zjkBMFhNj_g", "Intro to Large Language Models"), Load(folder, "intro-to-llms.en.vtt", TranscriptSource.Attachment), "intro-to-llms.topics"),
        };

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"track",-36} {"length",8} {"coverage",12} {"well-formed",12} {"words",6} {"time",9}"));
        foreach (var (name, metadata, transcript, topicsFile) in tracks)
        {
            var topics = SummaryEvalTopics.Load(Path.Combine(folder, topicsFile));
            var summary = ExtractiveSummaryEngine.Summarize(metadata, transcript, noLexicon ? ConceptLexicon.None : ConceptLexicon.For(transcript.Language));
            var times = new List<double>();
            for (var i = 0; i < Runs; i++)
            {
                var stopwatch = Stopwatch.StartNew();
                summary = ExtractiveSummaryEngine.Summarize(metadata, transcript, noLexicon ? ConceptLexicon.None : ConceptLexicon.For(transcript.Language));
                times.Add(stopwatch.Elapsed.TotalMilliseconds);
            }

            var text = AllText(summary);
            var (covered, missed) = topics.Match(text);
            var sentences = Sentences(summary);
            var wellFormed = sentences.Count(WellFormed);
            var words = text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{name,-36} {TranscriptText.Clock(transcript.Duration),8} {covered.Count,3}/{topics.Topics.Count,-2} {100.0 * covered.Count / topics.Topics.Count,4:F0} % {wellFormed,3}/{sentences.Count,-2} {100.0 * wellFormed / Math.Max(1, sentences.Count),4:F0} % {words,6} {times.Order().ElementAt(Runs / 2),6:F1} ms"));
            if (show)
            {
                Console.WriteLine("  missed: " + string.Join("; ", missed));
                Console.WriteLine("  concepts: " + string.Join(", ", ExtractiveSummaryEngine.Concepts(transcript).Select(c => $"{c.Name} {c.Count}")));
                Console.WriteLine(Indent(text));
            }
        }

        if (SentenceBoundaryEval.Run(seed.Transcript.Segments) is { } boundaries)
        {
            var (precision, recall, gold, found) = boundaries;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\nseed sentence boundaries vs the hand-cleaned copy: precision {100 * precision:F0} %, recall {100 * recall:F0} % ({found} rebuilt, {gold} gold)"));
        }

        Console.WriteLine();
        QuickTranscripts.Run(3);
    }

    private static VideoMetadata Metadata(string id, string title) => new(VideoId.Parse(id), title, null, TimeSpan.Zero);

    private static Transcript Load(string folder, string file, TranscriptSource source) => new()
    {
        Language = "en",
        Source = source,
        Segments = SubtitleParser.Parse(File.ReadAllText(Path.Combine(folder, file)))!,
    };

    /// <summary>Every line of the summary as a learner reads it.</summary>
    internal static string AllText(VideoSummary summary)
    {
        var lines = new List<string> { summary.Tldr };
        lines.AddRange(summary.Takeaways.Select(t => $"{t.Emoji} [{TranscriptText.Clock(t.At)}] {t.Text}"));
        lines.AddRange(summary.Outline.Select(o => $"[{TranscriptText.Clock(o.Start)}] {o.Title}: {o.Gist}"));
        lines.Add(string.Join(", ", summary.Keywords));
        lines.AddRange(summary.Highlights.Select(h => $"{h.Emoji} [{TranscriptText.Clock(h.At)}] {h.Text}"));
        return string.Join('\n', lines);
    }

    /// <summary>The summary's sentences: the TLDR split at sentence ends (or the old " … " joins), each point and gist.</summary>
    internal static List<string> Sentences(VideoSummary summary)
    {
        var sentences = SentenceEnd().Split(summary.Tldr).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        sentences.AddRange(summary.Takeaways.Select(t => t.Text));
        sentences.AddRange(summary.Highlights.Select(h => h.Text));
        sentences.AddRange(summary.Outline.Select(o => o.Gist));
        return sentences;
    }

    internal static bool WellFormed(string sentence)
    {
        var s = sentence.Trim().TrimEnd('"', '\'', ')', '”', '’');
        return s.Length > 1 && (char.IsUpper(s[0]) || char.IsDigit(s[0]) || s[0] is '"' or '“') && s[^1] is '.' or '!' or '?' or '。' or '！' or '？';
    }

    private static string Indent(string text) => "    " + text.Replace("\n", "\n    ", StringComparison.Ordinal);

    [GeneratedRegex(@"(?<=[.!?。！？])\s+| … ", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
