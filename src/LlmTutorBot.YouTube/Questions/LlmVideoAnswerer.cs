using System.Text.RegularExpressions;
using LlmTutorBot.Llm.Chat;
using LlmTutorBot.Llm.Prompts;
using LlmTutorBot.Llm.Usage;
using LlmTutorBot.YouTube.LlmJobs;
using LlmTutorBot.YouTube.Summaries;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.YouTube.Questions;

/// <summary>
/// Answers a question about a video with the LLM, grounded in the transcript: the best passages go to the model as
/// delimited data, and every [m:ss] its answer cites is checked (moved to its caption's start, or removed when outside
/// the video). Disabled without a provider; throws <see cref="LlmUnavailableException"/> when the provider cannot answer.
/// </summary>
public sealed partial class LlmVideoAnswerer(ILlmClient? client = null)
{
    internal const int Passages = 5;

    private const int AnswerTokens = 400;

    private const string NotFound = "NOT_IN_VIDEO";

    public bool IsEnabled => client?.IsEnabled == true;

    /// <summary>The answer, or null when no passage matches the question at all (nothing to send).</summary>
    public async Task<VideoAnswer?> AnswerAsync(
        VideoTranscript video, string question, string language, Func<TimeSpan, string> link, LlmBudgetScope? budgetScope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(video);
        ArgumentNullException.ThrowIfNull(link);
        if (client is null)
        {
            throw new LlmUnavailableException("No LLM client is registered.");
        }

        var passages = TranscriptSearch.Search(video.Transcript, question, Passages).OrderBy(p => p.Start).ToList();
        if (passages.Count == 0)
        {
            return null;
        }

        var lines = string.Join('\n', passages.Select(p => $"[{TranscriptText.Clock(p.Start)}] {p.Text.Replace('[', '(').Replace(']', ')')}"));
        var fence = DataFence.Create();
        var request = VideoPrompt.Request("video-answer", "video.answer", AnswerTokens, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["nonce"] = fence.Nonce,
            ["language"] = PromptLanguage.Name(language),
            ["no_answer"] = NotFound,
            ["title"] = fence.Neutralize(video.Metadata.Title.Replace('"', '\'')),
            ["passages"] = fence.Wrap("PASSAGES", null, lines),
            ["question"] = fence.Wrap("QUESTION", null, question),
        });
        var response = await client.CompleteAsync(request with { BudgetScope = budgetScope }, cancellationToken);
        var report = new LlmJobReport(client.Provider, response.Usage);
        var text = response.Text.Trim();
        return text.Contains(NotFound, StringComparison.Ordinal) || text.Length == 0
            ? new VideoAnswer(false, "", report)
            : new VideoAnswer(true, Checked(text, video.Transcript, link), report);
    }

    /// <summary>Each [m:ss] of the text as a link to its caption's start; removed when it is not a moment of the video.</summary>
    internal static string Checked(string text, Transcript transcript, Func<TimeSpan, string> link) =>
        Clock().Replace(text, match =>
            SummaryLines.ParseClock(match.Groups[1].Value) is { } cited && LlmJobs.TimestampCheck.Snap(transcript.Segments, cited) is { } at
                ? link(at)
                : "").Replace("  ", " ", StringComparison.Ordinal).Replace(" .", ".", StringComparison.Ordinal);

    [GeneratedRegex(@"\[(\d{1,2}(?::\d{1,2}){1,2})\]", RegexOptions.CultureInvariant)]
    private static partial Regex Clock();
}
