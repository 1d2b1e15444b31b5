namespace LlmTutorBot.Teams.Activities;

/// <summary>Teams' channelData: the team, channel and tenant of the activity.</summary>
public sealed record TeamsChannelData
{
    public TeamsChannelDataItem? Team { get; init; }

    public TeamsChannelDataItem? Channel { get; init; }

    public TeamsChannelDataItem? Tenant { get; init; }

    /// <summary>Present in conversationUpdate events (teamMemberAdded, channelCreated…).</summary>
    public string? EventType { get; init; }

    /// <summary>On a message the bot sends: shows the thumbs up/down feedback buttons (message/submitAction invokes).</summary>
    public bool? FeedbackLoopEnabled { get; init; }
}
