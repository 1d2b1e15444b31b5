using System.Globalization;
using System.Text.RegularExpressions;

namespace LlmTutorBot.YouTube.Player;

/// <summary>
/// Chapters as YouTube builds them from a description: lines starting with a timestamp, the first at 0:00,
/// at least three, in increasing order. Anything else means no chapters.
/// </summary>
public static partial class ChapterParser
{
    public static IReadOnlyList<VideoChapter> FromDescription(string? description)
    {
        if (string.IsNullOrEmpty(description))
        {
            return [];
        }

        var chapters = new List<VideoChapter>();
        foreach (var line in description.Split('\n'))
        {
            var match = ChapterLine().Match(line);
            if (!match.Success)
            {
                continue;
            }

            var hours = match.Groups["h"].Success ? int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
            var start = new TimeSpan(hours, int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture));
            if (chapters.Count > 0 && start <= chapters[^1].Start)
            {
                return [];
            }

            chapters.Add(new VideoChapter(start, match.Groups["title"].Value.Trim()));
        }

        return chapters.Count >= 3 && chapters[0].Start == TimeSpan.Zero ? chapters : [];
    }

    // The title runs greedily to the end of the line and is trimmed in code: a lazy title before "\s*$" took
    // quadratic time on a line of spaces (seconds for a few thousand), and the description is the uploader's text.
    // [0-9], not \d: \d matches other scripts' digits, which int.Parse refuses.
    [GeneratedRegex(@"^\s*[\(\[]?(?:(?<h>[0-9]{1,2}):)?(?<m>[0-9]{1,2}):(?<s>[0-9]{2})[\)\]]?\s*[-–—:|]?\s*(?<title>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ChapterLine();
}
