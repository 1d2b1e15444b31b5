namespace LlmTutorBot.Core.Content;

/// <summary>A moment of a video: its clock ("4:05") and the link that opens the video there.</summary>
public sealed record VideoMomentLink(string Clock, string Url)
{
    /// <summary>"[4:05](link)".</summary>
    public string Markdown => $"[{Clock}]({Url})";
}
