using System.Globalization;

namespace LlmTutorBot.Faq.Knowledge;

/// <summary>A moment of a YouTube video: its id and the second it starts at.</summary>
public sealed record VideoMoment(string VideoId, int Seconds)
{
    /// <summary>The link that opens the video at this moment.</summary>
    public string Url => string.Create(CultureInfo.InvariantCulture, $"https://youtu.be/{VideoId}?t={Seconds}");

    /// <summary>"m:ss", or "h:mm:ss" past an hour.</summary>
    public string Clock => Seconds >= 3600
        ? string.Create(CultureInfo.InvariantCulture, $"{Seconds / 3600}:{Seconds / 60 % 60:00}:{Seconds % 60:00}")
        : string.Create(CultureInfo.InvariantCulture, $"{Seconds / 60}:{Seconds % 60:00}");

    /// <summary>"[m:ss](link)".</summary>
    public string Markdown => $"[{Clock}]({Url})";
}
