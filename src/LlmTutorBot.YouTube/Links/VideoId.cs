using System.Diagnostics.CodeAnalysis;

namespace LlmTutorBot.YouTube.Links;

/// <summary>A YouTube video id: 11 characters from [A-Za-z0-9_-]. Parse accepts a bare id or any YouTube link.</summary>
public readonly partial record struct VideoId
{
    public const int Length = 11;

    private VideoId(string value) => Value = value;

    public string Value { get; }

    /// <summary>The canonical short link, with a start time when given.</summary>
    public string ShortUrl(int? seconds = null) =>
        seconds is > 0 ? $"https://youtu.be/{Value}?t={seconds.Value}" : $"https://youtu.be/{Value}";

    public string WatchUrl => $"https://www.youtube.com/watch?v={Value}";

    public override string ToString() => Value ?? "";

    public static bool IsValidId(ReadOnlySpan<char> candidate)
    {
        if (candidate.Length != Length)
        {
            return false;
        }

        foreach (var c in candidate)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A bare id or a YouTube link (every form <see cref="VideoLinks"/> accepts).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out VideoId id)
    {
        id = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim().Trim('<', '>');
        if (IsValidId(trimmed))
        {
            id = new VideoId(trimmed);
            return true;
        }

        if (VideoLinks.TryParseUrl(trimmed, out var value))
        {
            id = new VideoId(value);
            return true;
        }

        return false;
    }

    public static VideoId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is neither a YouTube video id nor a YouTube link.");

    internal static VideoId FromValidated(string value) => new(value);
}
