using System.Text;

namespace LlmTutorBot.Discord.Rendering;

/// <summary>
/// Cuts Markdown into pieces of at most a given length: between paragraphs where it can, between code blocks or
/// inside one (closing and reopening its fence), then between lines, then between words, and never inside a
/// surrogate pair.
/// </summary>
internal static class MessageSplitter
{
    public static IReadOnlyList<string> Split(string text, int limit = DiscordLimits.Content)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 20);
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n');
        if (text.Length <= limit)
        {
            return text.Length == 0 ? [] : [text];
        }

        var pieces = new List<string>();
        var current = new StringBuilder();
        foreach (var block in Blocks(text))
        {
            foreach (var part in block.Length <= limit ? [block] : SplitBlock(block, limit))
            {
                var separator = current.Length == 0 ? 0 : 2;
                if (current.Length + separator + part.Length > limit)
                {
                    Flush(current, pieces);
                }

                if (current.Length > 0)
                {
                    current.Append("\n\n");
                }

                current.Append(part);
            }
        }

        Flush(current, pieces);
        return pieces;
    }

    /// <summary>Paragraphs (separated by blank lines) and whole code blocks (whose blank lines do not separate).</summary>
    private static List<string> Blocks(string text)
    {
        var blocks = new List<string>();
        var current = new StringBuilder();
        var inFence = false;
        foreach (var line in text.Split('\n'))
        {
            var isFence = line.TrimStart().StartsWith("```", StringComparison.Ordinal);
            if (!inFence && isFence && current.Length > 0)
            {
                // A code block starts a block of its own.
                Flush(current, blocks);
            }

            if (!inFence && line.Trim().Length == 0)
            {
                Flush(current, blocks);
                continue;
            }

            if (current.Length > 0)
            {
                current.Append('\n');
            }

            current.Append(line);
            if (isFence)
            {
                inFence = !inFence;
                if (!inFence)
                {
                    Flush(current, blocks);
                }
            }
        }

        Flush(current, blocks);
        return blocks;
    }

    private static List<string> SplitBlock(string block, int limit)
    {
        var lines = block.Split('\n');
        var fence = lines[0].TrimStart().StartsWith("```", StringComparison.Ordinal) ? lines[0].Trim() : null;
        if (fence is null)
        {
            return PackLines(lines, limit, "", "");
        }

        // Inside a code block: each piece closes the fence and the next reopens it with the same language.
        var body = lines.Skip(1).ToList();
        var closed = body.Count > 0 && body[^1].Trim() == "```";
        if (closed)
        {
            body.RemoveAt(body.Count - 1);
        }

        return PackLines(body, limit, fence + "\n", "\n```");
    }

    private static List<string> PackLines(IReadOnlyList<string> lines, int limit, string prefix, string suffix)
    {
        var room = limit - prefix.Length - suffix.Length;
        var pieces = new List<string>();
        var current = new StringBuilder();
        foreach (var line in lines)
        {
            foreach (var part in line.Length <= room ? [line] : SplitLine(line, room))
            {
                var separator = current.Length == 0 ? 0 : 1;
                if (current.Length + separator + part.Length > room && current.Length > 0)
                {
                    pieces.Add(prefix + current + suffix);
                    current.Clear();
                }

                if (current.Length > 0)
                {
                    current.Append('\n');
                }

                current.Append(part);
            }
        }

        if (current.Length > 0)
        {
            pieces.Add(prefix + current + suffix);
        }

        return pieces;
    }

    /// <summary>A line longer than the room: cut after the last space that fits, or at the room (not inside a surrogate pair).</summary>
    private static List<string> SplitLine(string line, int room)
    {
        var parts = new List<string>();
        var rest = line.AsSpan();
        while (rest.Length > room)
        {
            var cut = rest[..(room + 1)].LastIndexOf(' ');
            if (cut <= room / 2)
            {
                cut = room;
                if (char.IsHighSurrogate(rest[cut - 1]))
                {
                    cut--;
                }
            }

            parts.Add(rest[..cut].TrimEnd().ToString());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            parts.Add(rest.ToString());
        }

        return parts;
    }

    private static void Flush(StringBuilder builder, List<string> into)
    {
        var text = builder.ToString().Trim('\n');
        if (text.Length > 0)
        {
            into.Add(text);
        }

        builder.Clear();
    }
}
