using System.Globalization;
using System.Text.RegularExpressions;
using LlmTutorBot.YouTube.Text;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.YouTube.Subtitles;

/// <summary>Reads SubRip (.srt) and WebVTT (.vtt) files into timed segments; null when the text holds no cue.</summary>
public static partial class SubtitleParser
{
    public static IReadOnlyList<TranscriptSegment>? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var segments = new List<TranscriptSegment>();
        for (var i = 0; i < lines.Length; i++)
        {
            var match = CueTiming().Match(lines[i]);
            if (!match.Success)
            {
                continue;
            }

            var start = Time(match.Groups["start"].Value);
            var end = Time(match.Groups["end"].Value);
            var cue = new List<string>();

            // yt-dlp's automatic captions open some cues with a line of one space: WebVTT reads it as text, not as the end.
            if (i + 2 < lines.Length && lines[i + 1].Length > 0 && lines[i + 1].Trim().Length == 0 && lines[i + 2].Trim().Length > 0 && !CueTiming().IsMatch(lines[i + 2]))
            {
                i++;
            }

            while (i + 1 < lines.Length && lines[i + 1].Trim().Length > 0 && !CueTiming().IsMatch(lines[i + 1]))
            {
                cue.Add(lines[++i]);
            }

            var joined = string.Join(' ', cue);
            var cleaned = TranscriptText.Clean(joined);
            if (cleaned.Length > 0 && end >= start)
            {
                segments.Add(new TranscriptSegment(start, end - start, cleaned) { Words = InlineWords(joined, start) });
            }
        }

        return segments.Count == 0 ? null : segments;
    }

    // WebVTT automatic captions time each word inline: "hi<00:00:00.320><c> everyone</c><00:00:01.280><c> so</c>". The
    // text before the first timestamp starts with the cue.
    private static List<TimedWord>? InlineWords(string cue, TimeSpan start)
    {
        if (!InlineTimestamp().IsMatch(cue))
        {
            return null;
        }

        var words = new List<(long, string?)>();
        var at = (long)start.TotalMilliseconds;
        var from = 0;
        foreach (Match m in InlineTimestamp().Matches(cue))
        {
            words.Add((at, cue[from..m.Index]));
            at = (long)Time(m.Groups["at"].Value).TotalMilliseconds;
            from = m.Index + m.Length;
        }

        words.Add((at, cue[from..]));
        return Captions.TimedTextParser.TimedWords(words);
    }

    public static bool IsSubtitleFileName(string name) =>
        name.EndsWith(".srt", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".vtt", StringComparison.OrdinalIgnoreCase);

    // "01:02:03,456" (SRT) or "01:02:03.456" / "02:03.456" (VTT).
    private static TimeSpan Time(string value)
    {
        var parts = value.Replace(',', '.').Split(':');
        var hours = parts.Length == 3 ? int.Parse(parts[0], CultureInfo.InvariantCulture) : 0;
        var minutes = int.Parse(parts[^2], CultureInfo.InvariantCulture);
        var seconds = double.Parse(parts[^1], CultureInfo.InvariantCulture);
        return TimeSpan.FromHours(hours) + TimeSpan.FromMinutes(minutes) + TimeSpan.FromMilliseconds(Math.Round(seconds * 1000));
    }

    // [0-9], not \d: \d matches other scripts' digits, which int.Parse refuses.
    [GeneratedRegex(@"^\s*(?<start>(?:[0-9]{1,2}:)?[0-9]{1,2}:[0-9]{2}[,.][0-9]{1,3})\s*-->\s*(?<end>(?:[0-9]{1,2}:)?[0-9]{1,2}:[0-9]{2}[,.][0-9]{1,3})", RegexOptions.CultureInvariant)]
    private static partial Regex CueTiming();

    [GeneratedRegex(@"<(?<at>(?:[0-9]{1,2}:)?[0-9]{1,2}:[0-9]{2}\.[0-9]{3})>", RegexOptions.CultureInvariant)]
    private static partial Regex InlineTimestamp();
}
