namespace LlmTutorBot.Teams.Activities;

/// <summary>What the Connector and Direct Line answer to a write: the new activity's id.</summary>
public sealed record ResourceResponse(string? Id);
