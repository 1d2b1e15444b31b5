namespace LlmTutorBot.Teams.Activities;

/// <summary>A team, channel or tenant reference in channelData.</summary>
public sealed record TeamsChannelDataItem(string? Id, string? Name = null);
