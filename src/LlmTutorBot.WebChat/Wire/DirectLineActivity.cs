using System.Text.Json;

namespace LlmTutorBot.WebChat.Wire;

/// <summary>The fields of a Direct Line activity the web chat reads or writes; unknown fields are ignored.</summary>
public sealed record DirectLineActivity
{
    public const string MessageType = "message";

    public const string TypingType = "typing";

    public string? Type { get; init; }

    public string? Id { get; init; }

    public DateTimeOffset? Timestamp { get; init; }

    public string? ChannelId { get; init; }

    public DirectLineAccount? From { get; init; }

    public DirectLineConversationAccount? Conversation { get; init; }

    public string? Text { get; init; }

    /// <summary>plain or markdown.</summary>
    public string? TextFormat { get; init; }

    public string? Locale { get; init; }

    public string? ReplyToId { get; init; }

    public SuggestedActions? SuggestedActions { get; init; }

    public IReadOnlyList<DirectLineAttachment>? Attachments { get; init; }

    /// <summary>The client's own data, echoed back unchanged (Web Chat's clientActivityID is in it).</summary>
    public JsonElement? ChannelData { get; init; }
}
