using System.Globalization;
using System.Text;

namespace LlmTutorBot.Core.Replies;

/// <summary>A reply as one Markdown document, for channels that show plain text (the CLI, logs, fallbacks).</summary>
public static class ReplyMarkdown
{
    public static string Render(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var builder = new StringBuilder(reply.Markdown.TrimEnd());
        foreach (var section in reply.Sections)
        {
            AppendBlock(builder, $"**{section.Title}**\n{section.Markdown.TrimEnd()}");
        }

        if (reply.Buttons.Count > 0)
        {
            AppendBlock(builder, string.Join('\n', reply.Buttons.Select(b => $"- {b.Label}: `{b.Command}`")));
        }

        if (reply.Files.Count > 0)
        {
            AppendBlock(builder, string.Join('\n', reply.Files.Select(f => string.Create(CultureInfo.InvariantCulture, $"- 📎 {f.FileName} ({f.Content.Length:N0} bytes)"))));
        }

        return builder.ToString();
    }

    private static void AppendBlock(StringBuilder builder, string block)
    {
        if (builder.Length > 0)
        {
            builder.Append("\n\n");
        }

        builder.Append(block);
    }
}
