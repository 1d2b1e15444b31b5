using LlmTutorBot.Core.Commands;

namespace LlmTutorBot.Core.Messaging;

/// <summary>
/// One message as every adapter hands it to the pipeline, whatever the platform.
/// <see cref="Text"/> has the bot's own mention removed already.
/// </summary>
public sealed record InboundMessage
{
    public required ConversationAddress Conversation { get; init; }

    public required ChatUser User { get; init; }

    public string Text { get; init; } = "";

    /// <summary>
    /// Set by adapters whose platform parses commands itself (Discord interactions);
    /// otherwise the pipeline parses it from <see cref="Text"/> when the text is a slash command.
    /// </summary>
    public ParsedCommand? Command { get; init; }

    /// <summary>The platform's locale for the user or client, such as "fr-FR", when it sends one.</summary>
    public string? Locale { get; init; }

    public IReadOnlyList<InboundAttachment> Attachments { get; init; } = [];

    /// <summary>The platform's id of this message, used to reply in its thread and to drop duplicates.</summary>
    public string? MessageId { get; init; }

    /// <summary>The Discord guild or Teams tenant the message came from, for group quotas; null in DMs and local channels.</summary>
    public string? GroupId { get; init; }

    public ChatPlatform Platform => Conversation.Platform;
}
