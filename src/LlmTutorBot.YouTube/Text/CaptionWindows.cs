using System.Text;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.YouTube.Text;

/// <summary>
/// Groups captions into windows: a window closes at a sentence end once it has a dozen words, or at
/// <see cref="MaxWords"/> words (automatic captions have no punctuation).
/// </summary>
public static class CaptionWindows
{
    public const int MinWords = 12;
    public const int MaxWords = 40;

    public static IReadOnlyList<CaptionWindow> Build(IReadOnlyList<TranscriptSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var windows = new List<CaptionWindow>(segments.Count / 3 + 1);
        var text = new StringBuilder();
        var words = 0;
        var start = TimeSpan.Zero;
        var end = TimeSpan.Zero;
        foreach (var segment in segments)
        {
            if (words == 0)
            {
                start = segment.Start;
            }

            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(segment.Text);
            end = segment.End;
            words += WordCount(segment.Text);
            var sentenceEnd = segment.Text.Length > 0 && segment.Text[^1] is '.' or '?' or '!' or '。' or '？' or '！';
            if (words >= MaxWords || (sentenceEnd && words >= MinWords))
            {
                Close();
            }
        }

        if (words > 0)
        {
            Close();
        }

        return windows;

        void Close()
        {
            var content = text.ToString();
            windows.Add(new CaptionWindow(windows.Count, start, end, content, Terms.Of(content)));
            text.Clear();
            words = 0;
        }
    }

    // CJK characters count one word each, as they have no spaces.
    private static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (Terms.IsCjk(c))
            {
                count++;
                inWord = false;
            }
            else if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                count++;
                inWord = true;
            }
        }

        return count;
    }
}
