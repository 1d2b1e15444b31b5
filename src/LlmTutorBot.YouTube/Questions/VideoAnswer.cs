using LlmTutorBot.YouTube.LlmJobs;

namespace LlmTutorBot.YouTube.Questions;

/// <summary>
/// The model's answer about a video: its text with every timestamp checked (as links, or plain for a file), or
/// <see cref="Found"/> false when the passages do not answer the question.
/// </summary>
public sealed record VideoAnswer(bool Found, string Markdown, LlmJobReport Report);
