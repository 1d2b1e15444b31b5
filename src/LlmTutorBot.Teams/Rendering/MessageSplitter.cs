namespace LlmTutorBot.Teams.Rendering;

/// <summary>Cuts a long Markdown text into parts under a length, at paragraph, then line, then word boundaries.</summary>
public static class MessageSplitter
{
    public static IReadOnlyList<string> Split(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        var parts = new List<string>();
        var rest = text.Trim();
        while (rest.Length > maxLength)
        {
            var window = rest.AsSpan(0, maxLength);
            var cut = Best(window, "\n\n") ?? Best(window, "\n") ?? Best(window, " ") ?? maxLength;
            if (char.IsHighSurrogate(rest[cut - 1]))
            {
                cut--;
            }

            parts.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0 || parts.Count == 0)
        {
            parts.Add(rest);
        }

        return parts;
    }

    /// <summary>The last separator in the second half of the window, so no part comes out tiny.</summary>
    private static int? Best(ReadOnlySpan<char> window, string separator)
    {
        var index = window.LastIndexOf(separator.AsSpan(), StringComparison.Ordinal);
        return index >= window.Length / 2 ? index : null;
    }
}
