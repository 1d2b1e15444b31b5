using System.Text.Json;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Teams.Activities;

namespace LlmTutorBot.Teams.Rendering;

/// <summary>
/// Shapes a <see cref="Reply"/> as Bot Framework message activities: Markdown text split under the size limit; titled
/// sections and buttons as an Adaptive Card 1.5 whose buttons carry the command text they send (Action.Execute for
/// Teams with an Action.Submit fallback for older clients, Action.Submit alone for other Direct Line clients).
/// </summary>
public sealed class TeamsReplyRenderer(int maxMessageLength, string buttonActionType)
{
    public const string ButtonVerb = "command";

    /// <summary>The reply's text, sections and buttons; its files are the caller's (a FileConsentCard, a link or the text inline).</summary>
    public IReadOnlyList<Activity> Render(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var activities = new List<Activity>();
        var text = reply.Markdown.Trim();

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
                activities.AddRange(MessageSplitter.Split(markdown, maxMessageLength).Select(Text));
                if (reply.Buttons.Count > 0)
                {
                    activities.Add(WithCard(Card("", [], reply.Buttons)));
                }
            }
        }

        return activities;
    }

    /// <summary>Long text as messages under the size limit (a file's text shown inline).</summary>
    public IReadOnlyList<Activity> Messages(string markdown) => [.. MessageSplitter.Split(markdown, maxMessageLength).Select(Text)];

    public int MaxMessageLength => maxMessageLength;

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

        // Action.Execute (Universal Actions) needs a recent client: older ones show the Action.Submit fallback, whose
        // press arrives as a message with the same command in its value.
        var actions = buttons
            .Select(b => new AdaptiveAction(buttonActionType, b.Label, new CardCommandData(b.Command))
            {
                Verb = buttonActionType == AdaptiveAction.Execute ? ButtonVerb : null,
                Fallback = buttonActionType == AdaptiveAction.Execute ? new AdaptiveAction(AdaptiveAction.Submit, b.Label, new CardCommandData(b.Command)) : null,
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
}
