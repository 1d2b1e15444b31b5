using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LlmTutorBot.Llm.Chat;

namespace LlmTutorBot.Tests.Fakes;

/// <summary>
/// Answers shaped like a model's for each video prompt, built from the request itself: summaries citing timestamps
/// found in the data, every numbered caption "translated", an answer citing the first passage.
/// </summary>
internal static partial class PlausibleAnswers
{
    public static string For(LlmRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Operation switch
        {
            "translation.chunk" => Translation(request.User),
            "video.answer" => Answer(request.User),
            "summary.map" => Summary(request.User, takeaways: 4, questions: 1, sections: 2, keywords: 4, highlights: 2),
            _ => Summary(request.User, takeaways: 10, questions: 6, sections: 6, keywords: 10, highlights: 6),
        };
    }

    /// <summary>The "n text" lines of the CAPTIONS block, answered as "n [tr] text".</summary>
    public static string Translation(string user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var builder = new StringBuilder();
        foreach (var line in Block(user, "CAPTIONS"))
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && int.TryParse(line[..space], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                builder.Append(CultureInfo.InvariantCulture, $"{number} [tr] {line[(space + 1)..]}\n");
            }
        }

        return builder.Append("TERMS: gradient descent = descente de gradient").ToString();
    }

    private static string Summary(string user, int takeaways, int questions, int sections, int keywords, int highlights)
    {
        var stamps = Stamps().Matches(user).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();
        if (stamps.Count == 0)
        {
            stamps.Add("0:00");
        }

        string At(int i, int of) => stamps[Math.Min(stamps.Count - 1, i * stamps.Count / Math.Max(1, of))];
        var builder = new StringBuilder("TLDR: The video explains how large language models are trained on text, how tokens and attention work, and where their limits lie.\n");
        for (var i = 0; i < takeaways; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"TAKEAWAY: 📚 [{At(i, takeaways)}] Point {i + 1}: models learn patterns of language from large amounts of text.\n");
        }

        for (var i = 0; i < questions; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"QA: What is point {i + 1} about? || It is about how the model turns text into tokens and predicts the next one.\n");
        }

        for (var i = 0; i < sections; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"OUTLINE: [{At(i, sections)}] 🧠 Section {i + 1} || What this part of the video covers, in one sentence.\n");
        }

        for (var i = 0; i < keywords; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"KEYWORD: keyword {i + 1}\n");
        }

        for (var i = 0; i < highlights; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"HIGHLIGHT: [{At(i, highlights)}] A notable moment, number {i + 1}.\n");
        }

        return builder.ToString().TrimEnd();
    }

    private static string Answer(string user)
    {
        var first = Stamps().Match(string.Join('\n', Block(user, "PASSAGES")));
        return first.Success
            ? $"The video says that knowledge distillation moves what a large model knows into a smaller one [{first.Groups[1].Value}]."
            : "NOT_IN_VIDEO";
    }

    private static string[] Block(string text, string kind) =>
        Fenced(text, kind).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The data of the first "&lt;&lt;&lt;KIND … &gt;&gt;&gt;" block of a request (a DataFence block), or "" when there is none.</summary>
    public static string Fenced(string text, string kind)
    {
        ArgumentNullException.ThrowIfNull(text);
        var open = text.IndexOf($"<<<{kind} ", StringComparison.Ordinal);
        if (open < 0)
        {
            return "";
        }

        var start = text.IndexOf(">>>\n", open, StringComparison.Ordinal) + 4;
        var end = text.IndexOf($"\n<<<END {kind} ", start, StringComparison.Ordinal);
        return end < start ? "" : text[start..end];
    }

    [GeneratedRegex(@"\[(\d{1,2}:\d{2}(?::\d{2})?)\]", RegexOptions.CultureInvariant)]
    private static partial Regex Stamps();
}
