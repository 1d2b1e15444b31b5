using System.Globalization;
using System.Text;

namespace LlmTutorBot.Core.Messaging;

/// <summary>Cleans the text of an inbound message before anything reads it.</summary>
public static class InboundText
{
    /// <summary>
    /// Removes control and format characters (keeping line breaks and tabs), folds CRLF to LF, replaces lone surrogates,
    /// applies Unicode normalization form C and trims. Nothing else is changed.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                // CRLF and lone CR both become LF.
                builder.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                continue;
            }

            if (c is '\n' or '\t')
            {
                builder.Append(c);
                continue;
            }

            if (char.IsSurrogate(c))
            {
                // A lone surrogate (from a caller, a console) would make normalization throw: it becomes U+FFFD.
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder.Append(c).Append(text[++i]);
                }
                else
                {
                    builder.Append('\uFFFD');
                }

                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format && c != '\u200D')
            {
                // Zero-width joiner stays: emoji sequences need it.
                continue;
            }

            builder.Append(c);
        }

        var cleaned = builder.ToString().Trim();
        return cleaned.IsNormalized(NormalizationForm.FormC) ? cleaned : cleaned.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Removes each occurrence of the given mention markup (such as "&lt;@123&gt;") and tidies the spaces it leaves.</summary>
    public static string RemoveMentions(string text, IEnumerable<string> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);

        var result = text;
        foreach (var mention in mentions)
        {
            if (!string.IsNullOrEmpty(mention))
            {
                result = result.Replace(mention, " ", StringComparison.Ordinal);
            }
        }

        return CollapseSpaces(result).Trim();
    }

    private static string CollapseSpaces(string text)
    {
        var builder = new StringBuilder(text.Length);
        var previousWasSpace = false;
        foreach (var c in text)
        {
            var isSpace = c == ' ';
            if (!(isSpace && previousWasSpace))
            {
                builder.Append(c);
            }

            previousWasSpace = isSpace;
        }

        return builder.ToString();
    }
}
