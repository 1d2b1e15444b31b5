using LlmTutorBot.YouTube.LlmJobs;
using LlmTutorBot.YouTube.Player;
using LlmTutorBot.YouTube.Text;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.YouTube.Summaries;

/// <summary>
/// A summary with no LLM, made of whole sentences of the transcript (rebuilt first when the captions have no
/// punctuation): a TLDR of one sentence from each third of the video, takeaways chosen for coverage (each section of the
/// video has one, then the most central sentences that repeat none already chosen, MMR), an outline cut where the
/// vocabulary changes (the uploader's chapters when there are some) with each section's key phrase as title and its most
/// central sentence as gist, keywords that recur across the video, and highlights that carry facts (numbers, names).
/// It quotes the transcript, so it is in the transcript's language whatever language is asked for.
/// </summary>
public sealed partial class ExtractiveSummaryEngine : ISummaryEngine
{
    /// <summary>Below this many words there is too little text for a summary: the summary is the text itself.</summary>
    internal const int MinWords = 40;

    /// <summary>The summary is kept under about this many words.</summary>
    internal const int MaxSummaryWords = 700;

    private const int TldrSentences = 3;
    private const int TakeawayCount = 7;
    private const int HighlightCount = 8;

    private static readonly (string Stem, string Emoji)[] Themes =
    [
        ("data", "📊"), ("train", "🏋️"), ("model", "🤖"), ("neural", "🧠"), ("network", "🧠"), ("attention", "🔍"), ("token", "🔤"),
        ("vector", "📐"), ("embedding", "📐"), ("bias", "⚖️"), ("safety", "🛡️"), ("ethic", "⚖️"), ("cost", "💰"), ("hardware", "🖥️"),
        ("history", "📜"), ("future", "🚀"), ("application", "🌐"), ("fine-tun", "🛠️"), ("limit", "🚧"), ("math", "🧮"), ("learn", "📚"),
        ("attack", "🛡️"), ("jailbreak", "🛡️"), ("security", "🔒"), ("tool", "🧰"), ("prompt", "💬"),
    ];

    private static readonly string[] DefaultEmoji = ["📌", "💡", "🔑", "📈", "🧩", "🎯", "✨"];

    public string Name => "extractive";

    public Task<VideoSummary> SummarizeAsync(VideoTranscript video, string language, VideoJobProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(video);
        return Task.FromResult(Summarize(video.Metadata, video.Transcript));
    }

    public static VideoSummary Summarize(VideoMetadata metadata, Transcript transcript) =>
        Summarize(metadata, transcript, ConceptLexicon.For(transcript?.Language ?? ""));

    /// <summary>The summary with a given lexicon (<see cref="ConceptLexicon.None"/> shows what the algorithms alone give).</summary>
    internal static VideoSummary Summarize(VideoMetadata metadata, Transcript transcript, ConceptLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(transcript);
        var rebuilt = SentenceRebuilder.Rebuild(transcript.Segments);
        var sentences = rebuilt.Select((s, i) => new CaptionWindow(i, s.Start, s.End, s.Text, Terms.Of(s.Text))).ToList();
        if (rebuilt.Sum(s => s.Words) < MinWords || sentences.Count < 3)
        {
            return TooLittle(transcript, rebuilt);
        }

        var end = transcript.Duration > metadata.Duration ? transcript.Duration : metadata.Duration;
        var concepts = lexicon.Find(sentences);
        var selection = new Selection(rebuilt, sentences, concepts);
        var phrases = KeyPhrases.Find(sentences);
        var outline = Outline(metadata, sentences, selection, phrases, concepts, end);
        // Longer videos name more terms: 23 keywords for 28 minutes, 30 from an hour on.
        var keywordCount = Math.Clamp(16 + (int)(end.TotalMinutes / 4), 16, 30);
        var keywords = Keywords(lexicon, concepts, phrases, outline, sentences.Count, keywordCount);

        // What the titles and keywords name is said; the sentences chosen next prefer concepts not yet named.
        selection.Cover(concepts.Where(c => keywords.Contains(c.Name) || outline.Any(o => o.Concept?.Id == c.Id)).Select(c => c.Id));
        var takeaways = selection.Takeaways(outline.Select(o => o.First).ToList(), Math.Max(TakeawayCount, outline.Count));
        var tldr = selection.Tldr(end, TldrSentences);
        var highlights = selection.Highlights(HighlightCount, end);
        var summary = new VideoSummary
        {
            Language = transcript.Language,
            Tldr = string.Join(' ', tldr.Select(selection.Display)),
            Takeaways = [.. takeaways.Select((i, n) => new SummaryPoint(Emoji(sentences[i], n), selection.Display(i), sentences[i].Start))],
            Outline = [.. outline.Select(o => o.Section)],
            Keywords = keywords,
            Highlights = [.. highlights.Select(i => new SummaryPoint("⭐", selection.Display(i), sentences[i].Start))],
        };
        return Trim(summary);
    }

    /// <summary>The concepts of the field the transcript names, most mentioned first (for the evaluation's report).</summary>
    internal static IReadOnlyList<Concept> Concepts(Transcript transcript)
    {
        var sentences = SentenceRebuilder.Rebuild(transcript.Segments).Select((s, i) => new CaptionWindow(i, s.Start, s.End, s.Text, [])).ToList();
        return [.. ConceptLexicon.For(transcript.Language).Find(sentences).OrderByDescending(c => c.Count)];
    }

    private static List<(int First, OutlineSection Section, Concept? Concept)> Outline(
        VideoMetadata metadata, List<CaptionWindow> sentences, Selection selection, IReadOnlyList<KeyPhrase> phrases, IReadOnlyList<Concept> concepts, TimeSpan end)
    {
        List<(int First, string? Title)> bounds;
        if (metadata.Chapters.Count > 0)
        {
            bounds = [.. metadata.Chapters
                .Select(c => (First: sentences.FindIndex(s => s.Start >= c.Start), Title: (string?)c.Title))
                .Where(c => c.First >= 0)
                .DistinctBy(c => c.First)];
        }
        else
        {
            var count = Math.Clamp((int)Math.Round(end.TotalMinutes / 3), 3, 12);
            bounds = [.. TopicSegmenter.Segment(sentences, count, end).Select(i => (i, (string?)null))];
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        var usedConcepts = new HashSet<int>();
        var sections = new List<(int, OutlineSection, Concept?)>();
        for (var k = 0; k < bounds.Count; k++)
        {
            var first = bounds[k].First;
            var next = k + 1 < bounds.Count ? bounds[k + 1].First : sentences.Count;
            var stop = k + 1 < bounds.Count ? sentences[next].Start : end;
            var title = bounds[k].Title;
            var concept = title is null ? SectionConcept(concepts, first, next, usedConcepts) : null;
            var gist = selection.Gist(first, next, concept);
            if (concept is not null)
            {
                usedConcepts.Add(concept.Id);
                title = TrueCase.Capitalize(concept.Name);
            }
            else if (title is null)
            {
                var phrase = KeyPhrases.Title(phrases, first, next, used);
                if (phrase is not null)
                {
                    used.Add(phrase.Key);
                }

                title = phrase is null ? Selection.Opening(sentences[gist].Text) : TrueCase.Capitalize(phrase.Surface);
            }

            sections.Add((first, new OutlineSection(k == 0 && metadata.Chapters.Count == 0 ? TimeSpan.Zero : sentences[first].Start, stop, title, selection.Display(gist)), concept));
        }

        return sections;
    }

    // The concept most particular to sentences [from, to): mentioned there at least twice, and mostly there.
    private static Concept? SectionConcept(IReadOnlyList<Concept> concepts, int from, int to, HashSet<int> used)
    {
        Concept? best = null;
        var bestScore = 0.0;
        foreach (var concept in concepts)
        {
            var inside = concept.Sentences.Count(s => s >= from && s < to);
            if (inside < 2 || used.Contains(concept.Id))
            {
                continue;
            }

            var score = inside * ((double)inside / concept.Count);
            if (score > bestScore)
            {
                (best, bestScore) = (concept, score);
            }
        }

        return best;
    }

    // Keywords: the concepts of the field the video keeps coming back to (the outline's titles aside), in the order it
    // reaches them; then, for what the lexicon does not know (names, the video's own subjects), each section's most
    // particular phrase and the best phrases overall.
    private static List<string> Keywords(
        ConceptLexicon lexicon, IReadOnlyList<Concept> concepts, IReadOnlyList<KeyPhrase> phrases, List<(int First, OutlineSection Section, Concept? Concept)> outline, int sentences, int count)
    {
        var keywords = concepts
            .Where(c => c.Count >= 2 && !outline.Any(o => o.Concept?.Id == c.Id))
            .OrderByDescending(c => Math.Sqrt(c.Count) * (1 + Math.Log(1 + c.Sentences.Select(s => s * 10 / sentences).Distinct().Count())))
            .Take(count - 3)
            .OrderBy(c => c.Sentences[0])
            .Select(c => c.Name)
            .ToList();
        var sections = outline.Select(o => o.First).ToList();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var candidates = new List<KeyPhrase>();
        foreach (var k in Enumerable.Range(0, sections.Count * 2).Select(k => k % sections.Count))
        {
            if (KeyPhrases.Title(phrases, sections[k], k + 1 < sections.Count ? sections[k + 1] : sentences, taken) is { } phrase)
            {
                taken.Add(phrase.Key);
                candidates.Add(phrase);
            }
        }

        // Phrases of one word ("cell", "haiku") say little on their own: a concept named once says more.
        var others = candidates.Where(p => p.Words > 1 && p.Count >= 3).Select(p => p.Surface)
            .Concat(concepts.Where(c => c.Count == 1).Select(c => c.Name));
        foreach (var keyword in others)
        {
            if (keywords.Count >= count)
            {
                break;
            }

            // A phrase the lexicon knows is already said by its concept's name.
            var known = !concepts.Any(c => c.Name == keyword) && lexicon.Knows(keyword);
            if (!known && !keywords.Contains(keyword, StringComparer.OrdinalIgnoreCase) && !outline.Any(o => o.Section.Title.Equals(keyword, StringComparison.OrdinalIgnoreCase)))
            {
                keywords.Add(keyword);
            }
        }

        return keywords;
    }

    // A track with too little text: its sentences are the summary, marked so the reply says so.
    private static VideoSummary TooLittle(Transcript transcript, IReadOnlyList<TimedSentence> sentences) => new()
    {
        Language = transcript.Language,
        Tldr = string.Join(' ', sentences.Take(TldrSentences).Select(s => s.Text)),
        Takeaways = [.. sentences.Take(TldrSentences).Select((s, n) => new SummaryPoint(DefaultEmoji[n % DefaultEmoji.Length], s.Text, s.Start))],
        TooLittleText = true,
    };

    // Under the word limit: highlights go first, then takeaways beyond five.
    private static VideoSummary Trim(VideoSummary summary)
    {
        while (WordCount(summary) > MaxSummaryWords)
        {
            if (summary.Highlights.Count > 0)
            {
                summary = summary with { Highlights = [.. summary.Highlights.Take(summary.Highlights.Count - 1)] };
            }
            else if (summary.Takeaways.Count > 5)
            {
                summary = summary with { Takeaways = [.. summary.Takeaways.Take(summary.Takeaways.Count - 1)] };
            }
            else
            {
                break;
            }
        }

        return summary;
    }

    internal static int WordCount(VideoSummary summary) =>
        Count(summary.Tldr) + summary.Takeaways.Sum(t => Count(t.Text) + 2) + summary.Outline.Sum(o => Count(o.Title) + Count(o.Gist) + 1)
        + summary.Keywords.Sum(Count) + summary.Highlights.Sum(h => Count(h.Text) + 2);

    private static int Count(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Emoji(CaptionWindow sentence, int n)
    {
        foreach (var (stem, emoji) in Themes)
        {
            if (sentence.Terms.Any(t => t.StartsWith(stem, StringComparison.Ordinal)))
            {
                return emoji;
            }
        }

        return DefaultEmoji[n % DefaultEmoji.Length];
    }

    /// <summary>The text as a sentence: capitalized, cut at <paramref name="maxWords"/> words.</summary>
    internal static string Sentence(string text, int maxWords)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var cut = words.Length > maxWords ? string.Join(' ', words.Take(maxWords)) + "…" : string.Join(' ', words);
        return cut.Length == 0 ? cut : char.ToUpperInvariant(cut[0]) + cut[1..];
    }
}
