using LlmTutorBot.Teams.Activities;

namespace LlmTutorBot.Teams.Turns;

/// <summary>A reply as the activities to send; the first carries the AI label, citations and, when <see cref="AsksFeedback"/>, the feedback buttons.</summary>
public sealed record ComposedReply(IReadOnlyList<Activity> Activities, bool AsksFeedback);
