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

    public const string MentionEntity = "mention";
    public const string ClientInfoEntity = "clientInfo";
}
