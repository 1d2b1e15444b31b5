using System.Globalization;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.WebChat.Wire;

namespace LlmTutorBot.WebChat.Turns;

/// <summary>
/// A <see cref="Reply"/> as one Direct Line message: the Markdown with its sections appended (textFormat markdown),
/// the buttons as imBack suggested actions carrying their command, and the files as data: URL attachments.
/// </summary>
public static class WebChatReplyRenderer
{
    public static DirectLineActivity Render(Reply reply, DirectLineAccount bot)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var actions = reply.Buttons.Select(b => new CardAction(CardAction.ImBack, b.Label, b.Command)).ToList();
        var files = reply.Files
            .Select(f => new DirectLineAttachment(f.ContentType, string.Create(CultureInfo.InvariantCulture, $"data:{f.ContentType};base64,{Convert.ToBase64String(f.Content.Span)}"), f.FileName))
            .ToList();
        return new DirectLineActivity
        {
            Type = DirectLineActivity.MessageType,
            From = bot,
            Text = ReplyMarkdown.Render(reply with { Buttons = [], Files = [] }),
            TextFormat = "markdown",
            SuggestedActions = actions.Count > 0 ? new SuggestedActions(actions) : null,
            Attachments = files.Count > 0 ? files : null,
        };
    }

    public static DirectLineActivity Progress(ProgressUpdate update, DirectLineAccount bot, string? replyToId)
    {
        ArgumentNullException.ThrowIfNull(update);
        var text = update is { Step: { } step, TotalSteps: { } total }
            ? string.Create(CultureInfo.InvariantCulture, $"{update.Markdown} ({step}/{total})")
            : update.Markdown;
        return new DirectLineActivity { Type = DirectLineActivity.MessageType, From = bot, Text = text, TextFormat = "markdown", ReplyToId = replyToId };
    }
}
