using System.Globalization;
using System.Text;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Replies;

namespace LlmTutorBot.Faq.Grounding;

/// <summary>A grounded answer as a reply: the text with numbered citations, the cited entries listed as sources, the cost footer.</summary>
public static class FaqGroundedReply
{
    public static Reply Build(FaqCitedAnswer answer, BotLanguage language, string footer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var text = new StringBuilder(answer.Text).Append("\n\n📚 ").Append(FaqText.Sources[language]);
        for (var i = 0; i < answer.Cited.Count; i++)
        {
            var entry = answer.Cited[i].Entry;
            text.Append(CultureInfo.InvariantCulture, $"\n[{i + 1}] « {entry.Title} » — *{entry.Category.Name(entry.Language)}*");
        }

        text.Append("\n\n").Append(footer);
        return new Reply
        {
            Markdown = text.ToString(),
            Sources = [.. answer.Cited.Select(p => new ReplySource(p.Entry.Title, p.Entry.Category.Name(p.Entry.Language), Math.Round(p.Score, 3)))],
            Citations = [.. answer.Cited.Select((p, i) => new ReplyCitation(i + 1, p.Entry.Title, Abstract(p.Entry.Answer), Reference: $"/faq {p.Entry.Id}"))],
            GeneratedByModel = true,
        };
    }

    /// <summary>The start of the entry's answer, on one line (Teams shows at most 160 characters).</summary>
    internal static string Abstract(string answer)
    {
        var line = string.Join(' ', answer.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= 160 ? line : string.Concat(line.AsSpan(0, 159), "…");
    }
}
