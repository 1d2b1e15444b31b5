using LlmTutorBot.YouTube.LlmJobs;
using LlmTutorBot.YouTube.Player;
using LlmTutorBot.YouTube.Text;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.YouTube.Summaries;

/// <summary>
/// A summary with no LLM: key caption windows chosen by TextRank (TLDR, takeaways, highlights), an outline in time
/// sections (the uploader's chapters when there are some) each with its most central window as gist, and keywords by
/// TF-IDF. It quotes the transcript, so it is in the transcript's language whatever language is asked for.
/// </summary>
public sealed class ExtractiveSummaryEngine : ISummaryEngine
{
    private const int TldrWindows = 3;
    private const int TakeawayCount = 7;
    private const int HighlightCount = 5;
    private const int KeywordCount = 10;
    private const int GistWords = 12;
    private const int PointWords = 24;
    private const int TldrWords = 40;

    private static readonly (string Stem, string Emoji)[] Themes =
    [
        ("data", "📊"), ("train", "🏋️"), ("model", "🤖"), ("neural", "🧠"), ("network", "🧠"), ("attention", "🔍"), ("token", "🔤"),
        ("vector", "📐"), ("embedding", "📐"), ("bias", "⚖️"), ("safety", "🛡️"), ("ethic", "⚖️"), ("cost", "💰"), ("hardware", "🖥️"),
        ("history", "📜"), ("future", "🚀"), ("application", "🌐"), ("fine-tun", "🛠️"), ("limit", "🚧"), ("math", "🧮"), ("learn", "📚"),
    ];

    private static readonly string[] DefaultEmoji = ["📌", "💡", "🔑", "📈", "🧩", "🎯", "✨"];

    public string Name => "extractive";

    public Task<VideoSummary> SummarizeAsync(VideoTranscript video, string language, VideoJobProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(video);
        return Task.FromResult(Summarize(video.Metadata, video.Transcript));
    }

    public static VideoSummary Summarize(VideoMetadata metadata, Transcript transcript)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(transcript);
        var windows = CaptionWindows.Build(transcript.Segments);
        var (scores, idf) = TextRank.Rank(windows);
        var ranked = Enumerable.Range(0, windows.Count).OrderByDescending(i => scores[i]).ToList();
        var surfaces = SurfaceForms(windows);

        var tldr = ranked.Take(TldrWindows).Order().Select(i => Sentence(windows[i].Text, TldrWords));
        var takeaways = ranked.Take(TakeawayCount).Order()
            .Select((i, n) => new SummaryPoint(Emoji(windows[i], n), Sentence(windows[i].Text, PointWords), windows[i].Start))
            .ToList();
        var highlights = ranked.Skip(TakeawayCount).Take(HighlightCount).Order()
            .Select(i => new SummaryPoint("⭐", Sentence(windows[i].Text, PointWords), windows[i].Start))
            .ToList();

        return new VideoSummary
        {
            Language = transcript.Language,
            Tldr = string.Join(" … ", tldr),
            Takeaways = takeaways,
            Outline = Outline(metadata, transcript, windows, scores, idf, surfaces),
            Keywords = Keywords(windows, idf, surfaces),
            Highlights = highlights,
        };
    }

    private static List<OutlineSection> Outline(
        VideoMetadata metadata, Transcript transcript, IReadOnlyList<CaptionWindow> windows, double[] scores, Dictionary<string, double> idf, Dictionary<string, string> surfaces)
    {
        var end = transcript.Duration > metadata.Duration ? transcript.Duration : metadata.Duration;
        List<(TimeSpan Start, string? Title)> bounds;
        if (metadata.Chapters.Count > 0)
        {
            bounds = [.. metadata.Chapters.Select(c => (c.Start, (string?)c.Title))];
        }
        else
        {
            var count = Math.Clamp((int)Math.Round(end.TotalMinutes / 4), 3, 8);
            count = Math.Min(count, Math.Max(1, windows.Count));
            bounds = [.. Enumerable.Range(0, count).Select(k => (end * k / count, (string?)null))];
        }

        var sections = new List<OutlineSection>();
        for (var k = 0; k < bounds.Count; k++)
        {
            var start = bounds[k].Start;
            var stop = k + 1 < bounds.Count ? bounds[k + 1].Start : end;
            var inside = windows.Where(w => w.Start >= start && w.Start < stop).ToList();
            if (inside.Count == 0)
            {
                continue;
            }

            var best = inside.MaxBy(w => scores[w.Index])!;
            var title = bounds[k].Title ?? Title(inside, idf, surfaces);
            sections.Add(new OutlineSection(inside[0].Start, stop, title, Sentence(best.Text, GistWords)));
        }

        return sections;
    }

    // The section's most distinctive terms: frequent here, rare elsewhere.
    private static string Title(List<CaptionWindow> inside, Dictionary<string, double> idf, Dictionary<string, string> surfaces)
    {
        var top = inside.SelectMany(w => w.Terms)
            .GroupBy(t => t, StringComparer.Ordinal)
            .Select(g => (Term: g.Key, Score: g.Count() * idf[g.Key]))
            .OrderByDescending(t => t.Score).ThenBy(t => t.Term, StringComparer.Ordinal)
            .Take(2)
            .Select(t => surfaces.GetValueOrDefault(t.Term, t.Term));
        var title = string.Join(", ", top);
        return title.Length == 0 ? "…" : char.ToUpperInvariant(title[0]) + title[1..];
    }

    private static List<string> Keywords(IReadOnlyList<CaptionWindow> windows, Dictionary<string, double> idf, Dictionary<string, string> surfaces)
    {
        // Phrases of one to three content words; a phrase must recur to count, and frequent terms that are not everywhere score best.
        var counts = new Dictionary<string, (string[] Parts, int Count)>(StringComparer.Ordinal);
        foreach (var window in windows)
        {
            for (var i = 0; i < window.Terms.Count; i++)
            {
                for (var n = 1; n <= 3 && i + n <= window.Terms.Count; n++)
                {
                    var parts = window.Terms.Skip(i).Take(n).ToArray();
                    if (parts.Distinct(StringComparer.Ordinal).Count() != n)
                    {
                        break;
                    }

                    var key = string.Join(' ', parts);
                    counts[key] = (parts, counts.GetValueOrDefault(key).Count + 1);
                }
            }
        }

        var candidates = counts.Values
            .Where(c => c.Count >= (c.Parts.Length == 1 ? 2 : 3))
            .Select(c => (c.Parts, c.Count, Score: Math.Sqrt(c.Count) * c.Parts.Average(p => idf[p]) * (1 + (0.6 * (c.Parts.Length - 1)))))
            .OrderByDescending(c => c.Score).ThenBy(c => string.Join(' ', c.Parts), StringComparer.Ordinal)
            .ToList();

        var chosen = new List<string[]>();
        foreach (var candidate in candidates)
        {
            // Skip a phrase inside one already chosen, or one that adds no new word.
            if (chosen.Any(c => Contains(c, candidate.Parts)) || candidate.Parts.All(p => chosen.Any(c => c.Contains(p))))
            {
                continue;
            }

            chosen.RemoveAll(c => Contains(candidate.Parts, c));
            chosen.Add(candidate.Parts);
            if (chosen.Count == KeywordCount)
            {
                break;
            }
        }

        return [.. chosen.Select(parts => string.Join(' ', parts.Select(p => surfaces.GetValueOrDefault(p, p))))];
    }

    private static bool Contains(string[] phrase, string[] part) =>
        part.Length <= phrase.Length && Enumerable.Range(0, phrase.Length - part.Length + 1).Any(i => phrase.AsSpan(i, part.Length).SequenceEqual(part));

    private static Dictionary<string, string> SurfaceForms(IReadOnlyList<CaptionWindow> windows)
    {
        var counts = new Dictionary<(string, string), int>();
        foreach (var window in windows)
        {
            foreach (var pair in Terms.WithSurface(window.Text))
            {
                counts[pair] = counts.GetValueOrDefault(pair) + 1;
            }
        }

        return counts.GroupBy(c => c.Key.Item1, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(c => c.Value).Key.Item2, StringComparer.Ordinal);
    }

    private static string Emoji(CaptionWindow window, int n)
    {
        foreach (var (stem, emoji) in Themes)
        {
            if (window.Terms.Any(t => t.StartsWith(stem, StringComparison.Ordinal)))
            {
                return emoji;
            }
        }

        return DefaultEmoji[n % DefaultEmoji.Length];
    }

    /// <summary>The window's text as a sentence: capitalized, cut at <paramref name="maxWords"/> words.</summary>
    internal static string Sentence(string text, int maxWords)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var cut = words.Length > maxWords ? string.Join(' ', words.Take(maxWords)) + "…" : string.Join(' ', words);
        return cut.Length == 0 ? cut : char.ToUpperInvariant(cut[0]) + cut[1..];
    }
}
