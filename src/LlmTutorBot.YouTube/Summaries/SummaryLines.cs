using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LlmTutorBot.YouTube.LlmJobs;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.YouTube.Summaries;

/// <summary>
/// The line format the summary prompts ask for ("TLDR: …", "TAKEAWAY: 📚 [m:ss] …", "OUTLINE: [m:ss] title || gist"),
/// read back into a <see cref="VideoSummary"/> with every timestamp checked against the transcript, and written again
/// for a reduce call. The reader is tolerant of what models add: markdown headings and bold labels, numbered or bulleted
/// lists under a heading, "(m:ss)" or bare times, other separators, missing sections. Lines that do not parse, or cite a
/// moment outside the video, are dropped.
/// </summary>
public static partial class SummaryLines
{
    private const string Separator = "||";

    public static VideoSummary Parse(string text, Transcript transcript, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(transcript);
        var tldr = new List<string>();
        var takeaways = new List<SummaryPoint>();
        var questions = new List<SummaryQuestion>();
        var outline = new List<(TimeSpan Start, string Title, string Gist)>();
        var keywords = new List<string>();
        var highlights = new List<SummaryPoint>();
        string? section = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = Undecorated(raw);
            if (line.Length == 0)
            {
                continue;
            }

            // A heading ("## Key takeaways", "**Outline**") opens a section whose lines may have no label.
            if (Label(line.TrimEnd(':')) is { } heading)
            {
                section = heading;
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var label = colon > 0 ? Label(line[..colon]) : null;
            if (label is null && section is null)
            {
                continue;
            }

            var body = Timestamped(label is null ? line : line[(colon + 1)..].Trim());
            section = label ?? section;
            switch (label ?? section)
            {
                case "TLDR" when body.Length > 0:
                    tldr.Add(body);
                    break;
                case "TAKEAWAY" when Point(body, transcript, "📌") is { } point:
                    takeaways.Add(point);
                    break;
                case "HIGHLIGHT" when Point(body, transcript, "⭐") is { } point:
                    highlights.Add(point);
                    break;
                case "QA" when Split(body) is ({ Length: > 0 } question, { Length: > 0 } answer):
                    questions.Add(new SummaryQuestion(question, answer));
                    break;
                case "OUTLINE" when Stamp(body, transcript) is ({ } at, var rest) && Split(rest) is ({ Length: > 0 } title, var gist):
                    outline.Add((at, title, gist));
                    break;
                case "KEYWORD" when body.Length > 0:
                    foreach (var keyword in Keywords(body).Where(k => !keywords.Contains(k, StringComparer.OrdinalIgnoreCase)))
                    {
                        keywords.Add(keyword);
                    }

                    break;
                default:
                    break;
            }
        }

        // A model that left out the TLDR still gave a summary: its first takeaways stand in.
        if (tldr.Count == 0 && takeaways.Count > 0)
        {
            tldr.AddRange(takeaways.OrderBy(t => t.At).Take(2).Select(t => t.Text));
        }

        var sections = outline.DistinctBy(o => o.Start).OrderBy(o => o.Start).ToList();
        return new VideoSummary
        {
            Language = language,
            Tldr = string.Join(' ', tldr),
            Takeaways = [.. takeaways.OrderBy(t => t.At)],
            Questions = questions,
            Outline = [.. sections.Select((s, i) => new OutlineSection(s.Start, i + 1 < sections.Count ? sections[i + 1].Start : transcript.Duration, s.Title, s.Gist))],
            Keywords = keywords,
            Highlights = [.. highlights.OrderBy(h => h.At)],
        };
    }

    /// <summary>A summary in the line format again, for the reduce call that combines partials.</summary>
    public static string Render(VideoSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var builder = new StringBuilder();
        builder.Append("TLDR: ").Append(summary.Tldr).Append('\n');
        foreach (var t in summary.Takeaways)
        {
            builder.Append(CultureInfo.InvariantCulture, $"TAKEAWAY: {t.Emoji} [{TranscriptText.Clock(t.At)}] {t.Text}\n");
        }

        foreach (var q in summary.Questions)
        {
            builder.Append(CultureInfo.InvariantCulture, $"QA: {q.Question} {Separator} {q.Answer}\n");
        }

        foreach (var o in summary.Outline)
        {
            builder.Append(CultureInfo.InvariantCulture, $"OUTLINE: [{TranscriptText.Clock(o.Start)}] {o.Title} {Separator} {o.Gist}\n");
        }

        foreach (var k in summary.Keywords)
        {
            builder.Append("KEYWORD: ").Append(k).Append('\n');
        }

        foreach (var h in summary.Highlights)
        {
            builder.Append(CultureInfo.InvariantCulture, $"HIGHLIGHT: [{TranscriptText.Clock(h.At)}] {h.Text}\n");
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>"[1:02:03]" or "[4:05]" as a time; null for anything else.</summary>
    public static TimeSpan? ParseClock(string clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var parts = clock.Split(':');
        if (parts.Length is < 2 or > 3 || !parts.All(p => p.Length is > 0 and <= 2 && p.All(char.IsAsciiDigit)))
        {
            return null;
        }

        var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return numbers.Length == 3
            ? new TimeSpan(numbers[0], numbers[1], numbers[2])
            : TimeSpan.FromSeconds((numbers[0] * 60) + numbers[1]);
    }

    // "📚 [12:34] text" or "[12:34] 📚 text": the emoji, the checked time and the text.
    private static SummaryPoint? Point(string body, Transcript transcript, string defaultEmoji)
    {
        var emoji = LeadingSymbol(ref body);
        if (Stamp(body, transcript) is not ({ } at, var rest))
        {
            return null;
        }

        emoji ??= LeadingSymbol(ref rest);
        return rest.Length == 0 ? null : new SummaryPoint(emoji ?? defaultEmoji, rest, at);
    }

    // The first [m:ss] of the text, snapped to its caption; null when there is none or it is outside the video.
    private static (TimeSpan? At, string Remainder) Stamp(string body, Transcript transcript)
    {
        var match = Clock().Match(body);
        if (!match.Success || ParseClock(match.Groups[1].Value) is not { } cited)
        {
            return (null, body);
        }

        var rest = (body[..match.Index] + " " + body[(match.Index + match.Length)..]).Trim();
        return (TimestampCheck.Snap(transcript.Segments, cited), rest);
    }

    // "title || gist", or what a model writes instead: "title — gist", "title: gist", "title - gist".
    private static (string First, string Second) Split(string body)
    {
        foreach (var separator in (string[])[Separator, " — ", " – ", ": ", " - ", "|"])
        {
            var at = body.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                return (body[..at].Trim().TrimEnd(':'), body[(at + separator.Length)..].Trim());
            }
        }

        return (body.Trim(), "");
    }

    // A leading emoji or symbol (anything that is not a letter, digit or bracket), taken off the text.
    private static string? LeadingSymbol(ref string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || text[0] == '[' || char.IsLetterOrDigit(text, 0) || text[..space].Any(char.IsLetterOrDigit))
        {
            return null;
        }

        var symbol = text[..space];
        text = text[(space + 1)..].TrimStart();
        return symbol;
    }

    [GeneratedRegex(@"\[(\d{1,2}(?::\d{1,2}){1,2})\]", RegexOptions.CultureInvariant)]
    private static partial Regex Clock();
}
