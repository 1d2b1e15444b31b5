using System.Text.Json;

namespace LlmTutorBot.Teams.Activities;

/// <summary>
/// A Bot Framework activity as it travels on the wire (Teams, Direct Line). Only the fields the bot reads or writes;
/// unknown fields are ignored. Never leaves this project: <see cref="Inbound.ActivityConverter"/> turns it into an InboundMessage.
/// </summary>
public sealed record Activity
{
    public string? Type { get; init; }

    public string? Id { get; init; }

    public DateTimeOffset? Timestamp { get; init; }

    public string? ServiceUrl { get; init; }

    public string? ChannelId { get; init; }

    public ChannelAccount? From { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public ChannelAccount? Recipient { get; init; }

    public string? Text { get; init; }

    /// <summary>plain, markdown or xml.</summary>
    public string? TextFormat { get; init; }

    public string? Locale { get; init; }

    public string? ReplyToId { get; init; }

    /// <summary>The invoke's name, such as "adaptiveCard/action".</summary>
    public string? Name { get; init; }

    public IReadOnlyList<ActivityEntity>? Entities { get; init; }

    public IReadOnlyList<ActivityAttachment>? Attachments { get; init; }

    public string? AttachmentLayout { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    public TeamsChannelData? ChannelData { get; init; }

    /// <summary>A card submit's data, or an invoke's payload.</summary>
    public JsonElement? Value { get; init; }

    public string? InputHint { get; init; }
}
