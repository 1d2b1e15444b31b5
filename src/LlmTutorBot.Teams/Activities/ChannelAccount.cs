namespace LlmTutorBot.Teams.Activities;

/// <summary>A user or bot on a channel (from, recipient, members).</summary>
public sealed record ChannelAccount(string? Id, string? Name = null)
{
    public string? AadObjectId { get; init; }

    public string? Role { get; init; }
}
