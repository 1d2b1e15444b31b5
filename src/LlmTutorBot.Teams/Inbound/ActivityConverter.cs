using System.Text.Json;
using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Teams.Activities;
using LlmTutorBot.Teams.Connector;
using LlmTutorBot.Teams.Rendering;
using LlmTutorBot.Core.Hosting;

namespace LlmTutorBot.Teams.Inbound;

/// <summary>
/// Turns a Bot Framework activity into what the pipeline reads: the text without the bot's mention (or the command of
/// a pressed card button), the conversation (a channel message's thread is its own conversation, answered in that
/// thread), the user, the locale and the attachments. The edge where the wire format stops.
/// </summary>
public static class ActivityConverter
{
    private const string ThreadMarker = ";messageid=";
    private const string TeamsFileDownload = "application/vnd.microsoft.teams.file.download.info";

    public static ActivityConversion Convert(Activity activity, ChatPlatform platform = ChatPlatform.Teams)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Conversation?.Id is not { Length: > 0 } conversationId || activity.From?.Id is not { Length: > 0 } fromId)
        {
            return ActivityConversion.Ignore("the activity has no conversation or sender");
        }

        var reference = ReferenceOf(activity, conversationId);
        var address = AddressOf(activity, conversationId, platform);
        var user = new ChatUser(fromId, activity.From.Name);
        var tenant = activity.Conversation?.TenantId ?? activity.ChannelData?.Tenant?.Id;
        var locale = activity.Locale ?? activity.Entities?.FirstOrDefault(e => e.Type == ActivityTypes.ClientInfoEntity && e.Locale is not null)?.Locale;

        switch (activity.Type)
        {
            case ActivityTypes.Message:
                var command = CommandOf(activity.Value);
                if (activity.Value is { ValueKind: JsonValueKind.Object } && command is null && string.IsNullOrWhiteSpace(activity.Text))
                {
                    return ActivityConversion.Ignore("a card submit that carries no command", reference);
                }

                var message = new InboundMessage
                {
                    Conversation = address,
                    User = user,
                    Text = command ?? MentionText.RemoveBotMention(activity.Text, activity.Entities, activity.Recipient),
                    Locale = locale,
                    Attachments = AttachmentsOf(activity.Attachments),
                    MessageId = activity.Id,
                    GroupId = tenant,
                };
                return new ActivityConversion(ActivityKind.Turn, message, reference);

            case ActivityTypes.Invoke when activity.Name == ActivityTypes.AdaptiveCardAction:
                var pressed = activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("action", out var action)
                    && action.ValueKind == JsonValueKind.Object && action.TryGetProperty("data", out var data)
                    ? CommandOf(data)
                    : null;
                if (pressed is null)
                {
                    return ActivityConversion.Ignore("an Action.Execute that carries no command", reference) with { IsInvoke = true, IsCardAction = true };
                }

                var press = new InboundMessage { Conversation = address, User = user, Text = pressed, Locale = locale, MessageId = activity.Id, GroupId = tenant };
                return new ActivityConversion(ActivityKind.Turn, press, reference) { IsInvoke = true, IsCardAction = true };

            case ActivityTypes.Invoke when activity.Name == ActivityTypes.FileConsent:
                var consenting = new InboundMessage { Conversation = address, User = user, Locale = locale, MessageId = activity.Id, GroupId = tenant };
                return new ActivityConversion(ActivityKind.FileConsent, consenting, reference) { IsInvoke = true, FileConsent = InvokeValues.FileConsent(activity.Value) };

            case ActivityTypes.Invoke when activity.Name == ActivityTypes.MessageSubmitAction && InvokeValues.Feedback(activity.Value, activity.ReplyToId) is { } feedback:
                var rating = new InboundMessage { Conversation = address, User = user, Locale = locale, MessageId = activity.Id, GroupId = tenant };
                return new ActivityConversion(ActivityKind.Feedback, rating, reference) { IsInvoke = true, Feedback = feedback };

            case ActivityTypes.Invoke:
                return ActivityConversion.Ignore($"the invoke '{activity.Name}' is not supported", reference) with { IsInvoke = true };

            case ActivityTypes.ConversationUpdate when activity.Recipient?.Id is { } botId && (activity.MembersAdded ?? []).Any(m => m.Id == botId):
                var welcome = new InboundMessage { Conversation = address, User = user, Locale = locale, MessageId = activity.Id };
                return new ActivityConversion(ActivityKind.Welcome, welcome, reference);

            default:
                return ActivityConversion.Ignore($"a {activity.Type ?? "typeless"} activity needs no answer", reference);
        }
    }

    /// <summary>
    /// A Teams channel message's conversation id ends with ";messageid={rootId}": the channel is the conversation and
    /// the root message the thread. Personal and group chats have no threads.
    /// </summary>
    private static ConversationAddress AddressOf(Activity activity, string conversationId, ChatPlatform platform)
    {
        var marker = conversationId.IndexOf(ThreadMarker, StringComparison.Ordinal);
        if (marker > 0)
        {
            var root = conversationId[(marker + ThreadMarker.Length)..];
            return new ConversationAddress(platform, conversationId[..marker], root.Length > 0 ? root : null);
        }

        if (activity.Conversation?.ConversationType == "channel" && activity.ChannelData?.Channel?.Id is { Length: > 0 } channel)
        {
            return new ConversationAddress(platform, channel, activity.ReplyToId ?? activity.Id);
        }

        return new ConversationAddress(platform, conversationId);
    }

    private static ConversationReference? ReferenceOf(Activity activity, string conversationId) =>
        activity.ServiceUrl is { Length: > 0 } serviceUrl
            ? new ConversationReference(
                serviceUrl,
                conversationId,
                activity.Id,
                activity.Recipient?.Id,
                activity.Recipient?.Name,
                activity.Conversation?.TenantId ?? activity.ChannelData?.Tenant?.Id,
                activity.ChannelId ?? "msteams",
                activity.Conversation?.ConversationType)
            : null;

    /// <summary>The command text a pressed button carries ({"command": "/summarize …"}), or null.</summary>
    private static string? CommandOf(JsonElement? data) =>
        data is { ValueKind: JsonValueKind.Object } element
        && element.TryGetProperty(CardCommandData.PropertyName, out var command)
        && command.StringOrNull() is { } text
        && !string.IsNullOrWhiteSpace(text)
            ? text
            : null;

    /// <summary>Files the user sent; Teams' HTML copy of the message and cards are not files.</summary>
    private static List<InboundAttachment> AttachmentsOf(IReadOnlyList<ActivityAttachment>? attachments)
    {
        var result = new List<InboundAttachment>();
        foreach (var attachment in attachments ?? [])
        {
            var type = attachment.ContentType ?? "";
            if (type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) || type.StartsWith("application/vnd.microsoft.card.", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var url = attachment.ContentUrl;
            if (type == TeamsFileDownload && attachment.Content is { ValueKind: JsonValueKind.Object } content
                && content.TryGetProperty("downloadUrl", out var download) && download.StringOrNull() is { } downloadUrl)
            {
                url = downloadUrl;
            }

            var uri = Uri.TryCreate(url, UriKind.Absolute, out var parsed) ? parsed : null;
            var name = attachment.Name ?? uri?.Segments.LastOrDefault() ?? "attachment";
            result.Add(new InboundAttachment(name, type == TeamsFileDownload ? null : attachment.ContentType, uri));
        }

        return result;
    }
}
