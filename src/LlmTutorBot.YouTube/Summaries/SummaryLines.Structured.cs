using System.Text;
using System.Text.Json;
using LlmTutorBot.Llm.Chat;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.YouTube.Summaries;

public static partial class SummaryLines
{
    private const string PointSchema = """{ "type": "object", "additionalProperties": false, "required": ["time", "emoji", "text"], "properties": { "time": { "type": "string", "description": "m:ss or h:mm:ss, a timestamp that starts a transcript line" }, "emoji": { "type": "string" }, "text": { "type": "string" } } }""";

    /// <summary>The summary's JSON schema for structured output: the line format's content as JSON.</summary>
    public static LlmResponseSchema Schema { get; } = new("video_summary", $$"""
        {
          "type": "object",
          "additionalProperties": false,
          "required": ["tldr", "takeaways", "questions", "outline", "keywords", "highlights"],
          "properties": {
            "tldr": { "type": "string" },
            "takeaways": { "type": "array", "items": {{PointSchema}} },
            "questions": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["question", "answer"], "properties": { "question": { "type": "string" }, "answer": { "type": "string" } } } },
            "outline": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["time", "title", "gist"], "properties": { "time": { "type": "string" }, "title": { "type": "string" }, "gist": { "type": "string" } } } },
            "keywords": { "type": "array", "items": { "type": "string" } },
            "highlights": { "type": "array", "items": {{PointSchema}} }
          }
        }
        """);

    /// <summary>
    /// The model's answer as a summary: JSON under <see cref="Schema"/> when it is JSON (in a code fence or not), else
    /// the line format read tolerantly; with the path taken.
    /// </summary>
    public static (VideoSummary Summary, SummaryPath Path) Read(string text, Transcript transcript, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(transcript);
        var json = text.Trim();
        if (json.StartsWith("```", StringComparison.Ordinal))
        {
            json = json.Trim('`').Trim();
            json = json.StartsWith("json", StringComparison.OrdinalIgnoreCase) ? json[4..].Trim() : json;
        }

        if (json.StartsWith('{'))
        {
            try
            {
                if (JsonSerializer.Deserialize(json, YouTubeJsonContext.Default.SummaryJson) is { } parsed)
                {
                    return (Parse(Lines(parsed), transcript, language), SummaryPath.Structured);
                }
            }
            catch (JsonException)
            {
                // Not JSON after all: read it as lines.
            }
        }

        return (Parse(text, transcript, language), SummaryPath.Lines);
    }

    // The JSON answer in the line format, so both go through the same checks.
    private static string Lines(SummaryJson summary)
    {
        var builder = new StringBuilder();
        builder.Append("TLDR: ").Append(summary.Tldr).Append('\n');
        foreach (var t in summary.Takeaways ?? [])
        {
            builder.Append("TAKEAWAY: ").Append(t.Emoji).Append(" [").Append(Bare(t.Time)).Append("] ").Append(t.Text).Append('\n');
        }

        foreach (var q in summary.Questions ?? [])
        {
            builder.Append("QA: ").Append(q.Question).Append(' ').Append(Separator).Append(' ').Append(q.Answer).Append('\n');
        }

        foreach (var o in summary.Outline ?? [])
        {
            builder.Append("OUTLINE: [").Append(Bare(o.Time)).Append("] ").Append(o.Title).Append(' ').Append(Separator).Append(' ').Append(o.Gist).Append('\n');
        }

        foreach (var k in summary.Keywords ?? [])
        {
            builder.Append("KEYWORD: ").Append(k).Append('\n');
        }

        foreach (var h in summary.Highlights ?? [])
        {
            builder.Append("HIGHLIGHT: [").Append(Bare(h.Time)).Append("] ").Append(h.Emoji is { Length: > 0 } e ? e + " " : "").Append(h.Text).Append('\n');
        }

        return builder.ToString();
    }

    private static string Bare(string? time) => (time ?? "").Trim().Trim('[', ']', '(', ')');
}
