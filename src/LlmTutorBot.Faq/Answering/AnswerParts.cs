namespace LlmTutorBot.Faq.Answering;

/// <summary>Cuts a long answer into parts under a length, at paragraph breaks, else at sentence ends, else at spaces.</summary>
public static class AnswerParts
{
    public static IReadOnlyList<string> Split(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 50);
        var parts = new List<string>();
        var current = "";
        foreach (var paragraph in text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            foreach (var piece in Pieces(paragraph, maxLength))
            {
                var joined = current.Length == 0 ? piece : $"{current}\n\n{piece}";
                if (joined.Length <= maxLength)
                {
                    current = joined;
                    continue;
                }

                parts.Add(current);
                current = piece;
            }
        }

        if (current.Length > 0)
        {
            parts.Add(current);
        }

        return parts;
    }

    /// <summary>A paragraph as pieces no longer than the limit.</summary>
    private static IEnumerable<string> Pieces(string paragraph, int maxLength)
    {
        var rest = paragraph;
        while (rest.Length > maxLength)
        {
            var window = rest[..maxLength];
            var cut = new[] { window.LastIndexOf(". ", StringComparison.Ordinal), window.LastIndexOf('。'), window.LastIndexOf("? ", StringComparison.Ordinal) }.Max();
            cut = cut > maxLength / 3 ? cut + 1 : window.LastIndexOf(' ');
            if (cut <= 0)
            {
                cut = maxLength;
            }

            yield return rest[..cut].Trim();
            rest = rest[cut..].Trim();
        }

        if (rest.Length > 0)
        {
            yield return rest;
        }
    }
}
