namespace LlmTutorBot.Teams.Activities;

/// <summary>The activity types and invoke names the bot reads or sends.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Invoke = "invoke";
    public const string Typing = "typing";
    public const string InvokeResponse = "invokeResponse";

    /// <summary>Universal Actions: an Action.Execute press.</summary>
    public const string AdaptiveCardAction = "adaptiveCard/action";

    /// <summary>The user accepted or declined a FileConsentCard.</summary>
    public const string FileConsent = "fileConsent/invoke";

    /// <summary>A press of a feedback button (thumbs up/down) under a message of the bot.</summary>
    public const string MessageSubmitAction = "message/submitAction";

    public const string MentionEntity = "mention";
    public const string StreamInfoEntity = "streaminfo";
    public const string MessageEntity = "https://schema.org/Message";
    public const string ClientInfoEntity = "clientInfo";
}
