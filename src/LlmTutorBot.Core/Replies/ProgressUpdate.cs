namespace LlmTutorBot.Core.Replies;

/// <summary>How far a long job is ("Fetching captions…", chunk 3 of 8). Adapters edit one message with it.</summary>
public sealed record ProgressUpdate(string Markdown, int? Step = null, int? TotalSteps = null);
