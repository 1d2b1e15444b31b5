namespace LlmTutorBot.Teams.Activities;

/// <summary>
/// The conversation of an activity. In a Teams channel thread the id is "19:…@thread.tacv2;messageid={rootId}".
/// </summary>
public sealed record ConversationAccount(string? Id)
{
    public string? Name { get; init; }

    public bool? IsGroup { get; init; }

    /// <summary>personal, groupChat or channel.</summary>
    public string? ConversationType { get; init; }

    public string? TenantId { get; init; }
}
