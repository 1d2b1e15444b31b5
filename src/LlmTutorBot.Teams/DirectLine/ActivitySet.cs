using LlmTutorBot.Teams.Activities;

namespace LlmTutorBot.Teams.DirectLine;

/// <summary>A page of a Direct Line conversation's activities and the watermark to ask from next.</summary>
public sealed record ActivitySet(IReadOnlyList<Activity> Activities, string? Watermark);
