namespace LlmTutorBot.Core.Content;

/// <summary>
/// Where a video discusses a question. The video feature implements it; other features (the FAQ) consult it to point
/// at the moment of the conversation's current video, without depending on the video feature.
/// </summary>
public interface IVideoMoments
{
    /// <summary>
    /// The moment of <paramref name="video"/> (a link, as kept in the conversation's current video) whose transcript
    /// discusses <paramref name="question"/> strongly, or null when none does or the transcript is not at hand.
    /// </summary>
    Task<VideoMomentLink?> FindAsync(string video, string question, CancellationToken cancellationToken);
}
