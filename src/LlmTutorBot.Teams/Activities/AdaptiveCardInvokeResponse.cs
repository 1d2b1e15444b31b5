using System.Text.Json;

namespace LlmTutorBot.Teams.Activities;

/// <summary>The body that answers an adaptiveCard/action invoke: a status, a type and a value (a message or an error).</summary>
public sealed record AdaptiveCardInvokeResponse(int StatusCode, string Type, JsonElement Value)
{
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";
}
