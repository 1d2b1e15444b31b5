using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace LlmTutorBot.YouTube.Transcripts;

/// <summary>Cleans caption text: HTML entities decoded, tags removed, whitespace folded to single spaces.</summary>
public static partial class TranscriptText
{
    public static string Clean(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return "";
        }

        var decoded = WebUtility.HtmlDecode(raw);
        if (decoded.Contains('<', StringComparison.Ordinal))
        {
            decoded = Tags().Replace(decoded, "");
        }

        return Fold(decoded);
    }

    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>"1:02:03" or "4:05".</summary>
    public static string Clock(TimeSpan time) =>
        time.TotalHours >= 1 ? $"{(int)time.TotalHours}:{time.Minutes:00}:{time.Seconds:00}" : $"{time.Minutes}:{time.Seconds:00}";

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tags();
}
