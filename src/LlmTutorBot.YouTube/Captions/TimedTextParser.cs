using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using LlmTutorBot.YouTube.Text;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.YouTube.Captions;

/// <summary>
/// Turns a timedtext body (srv3, json3 or srv1) into timed segments. Returns null when the body is not one of
/// them (an empty 200, which YouTube sends for PO-token-protected tracks, or HTML). Empty captions are dropped.
/// </summary>
public static class TimedTextParser
{
    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
    };

    /// <summary>Detects the format from the body itself.</summary>
    public static IReadOnlyList<TranscriptSegment>? Parse(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var start = body.AsSpan().TrimStart();
        if (start.IsEmpty)
        {
            return null;
        }

        try
        {
            return start[0] == '{' ? ParseJson3(body) : ParseXml(body);
        }
        catch (Exception e) when (e is XmlException or JsonException or ArgumentException)
        {
            // ArgumentException: a string holding a lone surrogate cannot be transcoded to UTF-8 for the JSON reader.
            return null;
        }
    }

    private static List<TranscriptSegment>? ParseJson3(string body)
    {
        var parsed = JsonSerializer.Deserialize(body, YouTubeJsonContext.Default.Json3Body);
        if (parsed?.Events is null)
        {
            return null;
        }

        var segments = new List<TranscriptSegment>(parsed.Events.Count);
        var builder = new StringBuilder();
        foreach (var e in parsed.Events)
        {
            if (e.Segments is null)
            {
                continue;
            }

            builder.Clear();
            foreach (var s in e.Segments)
            {
                builder.Append(s.Text);
            }

            // Automatic captions give one seg per word, each with its offset from the event's start.
            var words = e.Segments.Count > 1 && e.Segments.Any(s => s.OffsetMs is not null)
                ? e.Segments.Select(s => (e.StartMs + (s.OffsetMs ?? 0), s.Text)).ToList()
                : null;
            Add(segments, e.StartMs, e.DurationMs ?? 0, builder.ToString(), words);
        }

        return segments;
    }

    private static List<TranscriptSegment>? ParseXml(string body)
    {
        using var reader = XmlReader.Create(new StringReader(body), XmlSettings);
        if (reader.MoveToContent() != XmlNodeType.Element)
        {
            return null;
        }

        var srv3 = reader.LocalName == "timedtext";
        if (!srv3 && reader.LocalName != "transcript")
        {
            return null;
        }

        var segments = new List<TranscriptSegment>();
        var element = srv3 ? "p" : "text";
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != element)
            {
                continue;
            }

            long startMs, durationMs;
            if (srv3)
            {
                startMs = Milliseconds(reader.GetAttribute("t"));
                durationMs = Milliseconds(reader.GetAttribute("d"));
            }
            else
            {
                startMs = SecondsToMilliseconds(reader.GetAttribute("start"));
                durationMs = SecondsToMilliseconds(reader.GetAttribute("dur"));
            }

            var words = srv3 ? new List<(long, string?)>() : null;
            var text = reader.IsEmptyElement ? "" : InnerText(reader, startMs, words);
            Add(segments, startMs, durationMs, text, words is { Count: > 1 } ? words : null);
        }

        return segments;
    }

    // The text of the element and of its <s> word parts, leaving the reader on its end tag; in srv3 automatic captions
    // each <s t="offset"> is a word, which goes to words with its time.
    private static string InnerText(XmlReader reader, long startMs, List<(long, string?)>? words)
    {
        var depth = reader.Depth;
        var builder = new StringBuilder();
        var word = new StringBuilder();
        long? wordStart = null;
        var timed = false;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    builder.Append(reader.Value);
                    word.Append(wordStart is null ? "" : reader.Value);
                    break;
                case XmlNodeType.Element when reader.LocalName == "br":
                    builder.Append(' ');
                    break;
                case XmlNodeType.Element when reader.LocalName == "s" && !reader.IsEmptyElement:
                    var offset = reader.GetAttribute("t");
                    timed |= offset is not null;
                    wordStart = startMs + Milliseconds(offset);
                    word.Clear();
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "s":
                    if (wordStart is { } at)
                    {
                        words?.Add((at, word.ToString()));
                    }

                    wordStart = null;
                    break;
            }
        }

        // Styled parts of an uploader's caption carry no offsets: they are not words with times.
        if (!timed)
        {
            words?.Clear();
        }

        return builder.ToString();
    }

    private static void Add(List<TranscriptSegment> segments, long startMs, long durationMs, string raw, List<(long At, string? Text)>? words = null)
    {
        var text = TranscriptText.Clean(raw);
        if (text.Length > 0)
        {
            segments.Add(new TranscriptSegment(TimeSpan.FromMilliseconds(startMs), TimeSpan.FromMilliseconds(Math.Max(0, durationMs)), text)
            {
                Words = TimedWords(words),
            });
        }
    }

    /// <summary>Timed words with their text cleaned; null when fewer than two have text (nothing to learn from).</summary>
    internal static List<TimedWord>? TimedWords(IEnumerable<(long At, string? Text)>? words)
    {
        var timed = words?
            .Select(w => new TimedWord(TimeSpan.FromMilliseconds(Math.Max(0, w.At)), TranscriptText.Clean(w.Text)))
            .Where(w => w.Text.Length > 0)
            .ToList();
        return timed is { Count: > 1 } ? timed : null;
    }

    private static long Milliseconds(string? value) =>
        long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms) ? ms : 0;

    private static long SecondsToMilliseconds(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) ? (long)Math.Round(seconds * 1000) : 0;
}
