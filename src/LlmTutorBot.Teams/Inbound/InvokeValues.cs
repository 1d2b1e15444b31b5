using System.Text.Json;
using LlmTutorBot.Core.Hosting;
using LlmTutorBot.Teams.Feedback;
using LlmTutorBot.Teams.Files;

namespace LlmTutorBot.Teams.Inbound;

/// <summary>Reads the values of the invokes the bot handles, leaving every check to the handler (a missing field becomes null).</summary>
internal static class InvokeValues
{
    /// <summary>{"type": "fileUpload", "action": "accept"|"decline", "context": {"offerId"}, "uploadInfo": {…}}.</summary>
    public static FileConsentAnswer FileConsent(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } root)
        {
            return new FileConsentAnswer(false, null, null);
        }

        var accepted = Text(root, "action") == "accept";
        var offerId = root.TryGetProperty("context", out var context) && context.ValueKind == JsonValueKind.Object ? Text(context, "offerId") : null;
        FileUploadInfo? upload = null;
        if (root.TryGetProperty("uploadInfo", out var info) && info.ValueKind == JsonValueKind.Object)
        {
            upload = new FileUploadInfo(Text(info, "name"), Text(info, "uploadUrl"), Text(info, "contentUrl"), Text(info, "uniqueId"), Text(info, "fileType"));
        }

        return new FileConsentAnswer(accepted, offerId, upload);
    }

    /// <summary>
    /// {"actionName": "feedback", "actionValue": {"reaction": "like"|"dislike", "feedback": "{\"feedbackText\":\"…\"}"}},
    /// about the message <paramref name="replyToId"/>; null for other submit actions.
    /// </summary>
    public static FeedbackAnswer? Feedback(JsonElement? value, string? replyToId)
    {
        if (value is not { ValueKind: JsonValueKind.Object } root || Text(root, "actionName") != "feedback")
        {
            return null;
        }

        if (!root.TryGetProperty("actionValue", out var action) || action.ValueKind != JsonValueKind.Object)
        {
            return new FeedbackAnswer(replyToId, null, null);
        }

        return new FeedbackAnswer(replyToId, Text(action, "reaction"), Comment(action));
    }

    // The comment is a JSON string holding {"feedbackText": "…"} (the default form), or an object, or plain text.
    private static string? Comment(JsonElement action)
    {
        if (!action.TryGetProperty("feedback", out var feedback))
        {
            return null;
        }

        if (feedback.ValueKind == JsonValueKind.Object)
        {
            return Text(feedback, "feedbackText");
        }

        if (feedback.StringOrNull() is not { } text)
        {
            return null;
        }

        try
        {
            using var parsed = JsonDocument.Parse(text);
            return parsed.RootElement.ValueKind == JsonValueKind.Object ? Text(parsed.RootElement, "feedbackText") : text;
        }
        catch (JsonException)
        {
            return text;
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var property) ? property.StringOrNull() : null;
}
