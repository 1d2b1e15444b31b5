using System.Globalization;
using System.Text;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.YouTube.Subtitles;

/// <summary>Writes segments as SubRip, WebVTT, or a bilingual side-by-side text.</summary>
public static class SubtitleWriter
{
    public static string ToSrt(IReadOnlyList<TranscriptSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var builder = new StringBuilder();
        for (var i = 0; i < segments.Count; i++)
        {
            var s = segments[i];
            builder.Append(i + 1).Append('\n')
                .Append(Time(s.Start, ',')).Append(" --> ").Append(Time(s.End, ',')).Append('\n')
                .Append(s.Text).Append("\n\n");
        }

        return builder.ToString();
    }

    public static string ToVtt(IReadOnlyList<TranscriptSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var builder = new StringBuilder("WEBVTT\n\n");
        foreach (var s in segments)
        {
            builder.Append(Time(s.Start, '.')).Append(" --> ").Append(Time(s.End, '.')).Append('\n')
                .Append(s.Text).Append("\n\n");
        }

        return builder.ToString();
    }

    /// <summary>
    /// "[0:05] original ⟶ translation" per caption. Translations whose timings differ from the original's are paired
    /// with the original caption they overlap most.
    /// </summary>
    public static string ToBilingual(Transcript original, Transcript translated)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(translated);
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"{original.Language} | {translated.Language}\n\n");
        foreach (var (time, left, right) in Pair(original.Segments, translated.Segments))
        {
            builder.Append('[').Append(TranscriptText.Clock(time)).Append("] ").Append(left).Append('\n')
                .Append("        ").Append(right).Append("\n\n");
        }

        return builder.ToString();
    }

    internal static IEnumerable<(TimeSpan Time, string Original, string Translated)> Pair(
        IReadOnlyList<TranscriptSegment> original, IReadOnlyList<TranscriptSegment> translated)
    {
        var j = 0;
        foreach (var o in original)
        {
            var parts = new List<string>();
            while (j < translated.Count && translated[j].Start < o.End)
            {
                parts.Add(translated[j].Text);
                j++;
            }

            yield return (o.Start, o.Text, string.Join(' ', parts));
        }

        if (j < translated.Count && original.Count > 0)
        {
            yield return (translated[j].Start, "", string.Join(' ', translated.Skip(j).Select(s => s.Text)));
        }
    }

    private static string Time(TimeSpan time, char separator) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours:00}:{time.Minutes:00}:{time.Seconds:00}{separator}{time.Milliseconds:000}");
}
