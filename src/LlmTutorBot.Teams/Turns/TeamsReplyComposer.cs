using System.Text;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Teams.Activities;
using LlmTutorBot.Teams.Connector;
using LlmTutorBot.Teams.Files;
using LlmTutorBot.Teams.Rendering;
using StackExchange.Redis;

namespace LlmTutorBot.Teams.Turns;

/// <summary>
/// A reply as Teams activities: the rendered text and card; for an answer written by a model, the AI-generated label
/// and its citations (a schema.org Message entity) and the feedback buttons (not in channels, where Teams has none);
/// then its files: a FileConsentCard each in personal chat, otherwise the link already in the text (Bot:PublicBaseUrl)
/// or, without one, the file's text inline.
/// </summary>
public sealed class TeamsReplyComposer(TeamsReplyRenderer renderer, TeamsFileOffers offers)
{
    public const string AiGenerated = "AIGeneratedContent";
    private const int MaxInlineMessages = 4;
    private const string Fence = "```";

    public TeamsReplyRenderer Renderer => renderer;

    public async Task<ComposedReply> ComposeAsync(Reply reply, BotLanguage language, ConversationReference reference, string? locale)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(reference);
        var activities = renderer.Render(reply).ToList();
        var decorated = reply.GeneratedByModel && activities.Count > 0;
        if (decorated)
        {
            activities[0] = Decorate(activities[0], reply.Citations, askFeedback: !reference.IsChannel);
        }

        activities.AddRange(await FilesAsync(reply.Files, language, reference, locale));
        return new ComposedReply(activities, decorated && !reference.IsChannel);
    }

    /// <summary>The AI-generated label, the citations whose "[n]" marker the text holds, and the feedback buttons.</summary>
    public static Activity Decorate(Activity activity, IReadOnlyList<ReplyCitation> citations, bool askFeedback)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(citations);
        var claims = citations
            .Where(c => activity.Text is null || activity.Text.Contains($"[{c.Number}]", StringComparison.Ordinal))
            .Select(Claim)
            .ToList();
        var message = new ActivityEntity(ActivityTypes.MessageEntity)
        {
            SchemaType = "Message",
            SchemaContext = "https://schema.org",
            SchemaId = "",
            AdditionalType = [AiGenerated],
            Citation = claims.Count > 0 ? claims : null,
        };
        return activity with
        {
            Entities = [.. activity.Entities ?? [], message],
            ChannelData = askFeedback ? (activity.ChannelData ?? new TeamsChannelData()) with { FeedbackLoopEnabled = true } : activity.ChannelData,
        };
    }

    private static CitationClaim Claim(ReplyCitation citation)
    {
        var abstractText = citation.Abstract.Length <= CitationAppearance.MaxAbstract ? citation.Abstract : citation.Abstract[..(CitationAppearance.MaxAbstract - 1)] + "…";
        return new CitationClaim(citation.Number, new CitationAppearance(citation.Title, abstractText)
        {
            Url = citation.Url?.AbsoluteUri,
            Keywords = citation.Reference is { Length: > 0 and <= CitationAppearance.MaxKeyword } reference ? [reference] : null,
        });
    }

    private async Task<IReadOnlyList<Activity>> FilesAsync(IReadOnlyList<ReplyFile> files, BotLanguage language, ConversationReference reference, string? locale)
    {
        if (files.Count == 0)
        {
            return [];
        }

        if (reference.IsPersonal)
        {
            try
            {
                var cards = new List<ActivityAttachment>();
                foreach (var file in files)
                {
                    cards.Add(await offers.OfferAsync(reference, file, TeamsText.FileOffer.Format(language, file.FileName), locale));
                }

                return [new Activity { Type = ActivityTypes.Message, Attachments = cards, AttachmentLayout = "list" }];
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                // No Redis to remember the offers: the files are shown as in a channel.
            }
        }

        // The reply's text links the files already when the bot has a public address; without one, the first file
        // that fits is shown as text, and the others are named.
        var activities = new List<Activity>();
        var notShown = new List<string>();
        foreach (var file in files.Where(f => f.Link is null))
        {
            var parts = IsText(file) ? MessageSplitter.Split(Encoding.UTF8.GetString(file.Content.Span).Replace(Fence, "'''", StringComparison.Ordinal), renderer.MaxMessageLength - 16) : [];
            if (activities.Count == 0 && parts.Count is > 0 and <= MaxInlineMessages)
            {
                activities.AddRange(renderer.Messages(TeamsText.FileInline.Format(language, file.FileName)));
                activities.AddRange(parts.SelectMany(p => renderer.Messages($"{Fence}\n{p}\n{Fence}")));
            }
            else
            {
                notShown.Add(TeamsText.FileNotShown.Format(language, file.FileName, file.Content.Length));
            }
        }

        if (notShown.Count > 0)
        {
            activities.AddRange(renderer.Messages(string.Join("\n\n", notShown)));
        }

        return activities;
    }

    private static bool IsText(ReplyFile file) =>
        file.ContentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase) || file.ContentType.Contains("subrip", StringComparison.OrdinalIgnoreCase);
}
