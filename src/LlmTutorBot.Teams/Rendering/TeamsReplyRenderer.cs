using System.Globalization;
using System.Text.Json;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Teams.Activities;

namespace LlmTutorBot.Teams.Rendering;

/// <summary>
/// Shapes a <see cref="Reply"/> as Bot Framework message activities: Markdown text split under the size limit; titled
/// sections and buttons as an Adaptive Card 1.5 whose buttons carry the command text they send (Action.Execute for
/// Teams, Action.Submit for Web Chat); files as attachments with data URLs when they fit, otherwise a note.
/// </summary>
public sealed class TeamsReplyRenderer(int maxMessageLength, string buttonActionType)
{
    public const string ButtonVerb = "command";

    public IReadOnlyList<Activity> Render(Reply reply, BotLanguage language)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var activities = new List<Activity>();
        var notes = new List<string>();
        var files = FileAttachments(reply.Files, language, notes);
        var text = string.Join("\n\n", new[] { reply.Markdown.Trim() }.Concat(notes).Where(t => t.Length > 0));

        if (reply.Sections.Count == 0 && reply.Buttons.Count == 0)
        {
            activities.AddRange(MessageSplitter.Split(text, maxMessageLength).Select(Text));
        }
        else
        {
            var card = Card(text, reply.Sections, reply.Buttons);
            if (Length(card) <= maxMessageLength)
            {
                activities.Add(WithCard(card));
            }
            else
            {
                // Too big for one card: the whole text as messages, then the buttons alone.
                var markdown = ReplyMarkdown.Render(reply with { Buttons = [], Files = [] });
                activities.AddRange(MessageSplitter.Split(string.Join("\n\n", new[] { markdown }.Concat(notes)), maxMessageLength).Select(Text));
                if (reply.Buttons.Count > 0)
                {
                    activities.Add(WithCard(Card("", [], reply.Buttons)));
                }
            }
        }

        if (files.Count > 0)
        {
            activities.Add(new Activity { Type = ActivityTypes.Message, Attachments = files });
        }

        return activities;
    }

    public AdaptiveCard Card(string markdown, IReadOnlyList<ReplySection> sections, IReadOnlyList<ReplyButton> buttons)
    {
        var body = new List<AdaptiveElement>();
        if (markdown.Length > 0)
        {
            body.Add(new AdaptiveElement(markdown));
        }

        foreach (var section in sections)
        {
            body.Add(new AdaptiveElement(section.Title) { Weight = "Bolder", Separator = body.Count > 0 ? true : null });
            body.Add(new AdaptiveElement(section.Markdown.Trim()));
        }

        var actions = buttons
            .Select(b => new AdaptiveAction(buttonActionType, b.Label, new CardCommandData(b.Command))
            {
                Verb = buttonActionType == AdaptiveAction.Execute ? ButtonVerb : null,
            })
            .ToList();
        return new AdaptiveCard(body, actions);
    }

    private static Activity Text(string markdown) => new() { Type = ActivityTypes.Message, Text = markdown, TextFormat = "markdown" };

    private static Activity WithCard(AdaptiveCard card) => new()
    {
        Type = ActivityTypes.Message,
        Attachments = [new ActivityAttachment(AdaptiveCard.ContentType) { Content = JsonSerializer.SerializeToElement(card, BotFrameworkJsonContext.Default.AdaptiveCard) }],
    };

    private static int Length(AdaptiveCard card) => JsonSerializer.Serialize(card, BotFrameworkJsonContext.Default.AdaptiveCard).Length;

    private List<ActivityAttachment> FileAttachments(IReadOnlyList<ReplyFile> files, BotLanguage language, List<string> notes)
    {
        var attachments = new List<ActivityAttachment>();
        foreach (var file in files)
        {
            // Base64 grows by a third: the data URL must stay under the message limit.
            if ((file.Content.Length + 2) / 3 * 4 + 64 > maxMessageLength)
            {
                notes.Add(TeamsText.FileTooLarge.Format(language, file.FileName, file.Content.Length));
                continue;
            }

            var url = string.Create(CultureInfo.InvariantCulture, $"data:{file.ContentType};base64,{Convert.ToBase64String(file.Content.Span)}");
            attachments.Add(new ActivityAttachment(file.ContentType) { Name = file.FileName, ContentUrl = url });
        }

        return attachments;
    }
}
