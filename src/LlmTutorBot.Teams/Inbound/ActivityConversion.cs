using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Teams.Connector;
using LlmTutorBot.Teams.Feedback;
using LlmTutorBot.Teams.Files;

namespace LlmTutorBot.Teams.Inbound;

/// <summary>
/// An inbound activity as the bot understands it: its kind, the message for the pipeline (turns and welcomes),
/// where to answer, and why it is ignored when it is.
/// </summary>
public sealed record ActivityConversion(ActivityKind Kind, InboundMessage? Message, ConversationReference? Reference, string? Reason = null)
{
    /// <summary>True for an invoke (answered in the HTTP response body).</summary>
    public bool IsInvoke { get; init; }

    /// <summary>True for an adaptiveCard/action invoke, whose response body has its own shape.</summary>
    public bool IsCardAction { get; init; }

    /// <summary>The answer of a <see cref="ActivityKind.FileConsent"/> invoke.</summary>
    public FileConsentAnswer? FileConsent { get; init; }

    /// <summary>The feedback of a <see cref="ActivityKind.Feedback"/> invoke.</summary>
    public FeedbackAnswer? Feedback { get; init; }

    public static ActivityConversion Ignore(string reason, ConversationReference? reference = null) => new(ActivityKind.Ignored, null, reference, reason);
}
