using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.WebChat.Conversations;
using LlmTutorBot.WebChat.Wire;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.WebChat.Turns;

/// <summary>
/// Turns a user's Direct Line message into a turn of the pipeline and adds the bot's answer to the conversation,
/// with a typing activity at the start and every <see cref="TypingInterval"/> while the turn runs (Web Chat shows its
/// indicator for a few seconds after each).
/// </summary>
public sealed class WebChatTurnRunner(TurnProcessor processor, IOptions<BotOptions> bot, TimeProvider time)
{
    public static readonly TimeSpan TypingInterval = TimeSpan.FromSeconds(3);

    public DirectLineAccount Bot { get; } = new("bot", bot.Value.Name, "bot");

    public async Task RunAsync(WebChatConversation conversation, DirectLineActivity message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(message);
        var inbound = new InboundMessage
        {
            Conversation = new ConversationAddress(ChatPlatform.WebChat, conversation.Id),
            // A public conversation is charged to its client's address, not to an id the client chose.
            User = new ChatUser(conversation.ClientScope ?? message.From?.Id ?? "user", message.From?.Name),
            Text = message.Text ?? "",
            Locale = message.Locale,
            MessageId = message.Id,
        };
        var progress = new WebChatProgressSink(conversation, Bot, message.Id, time);
        var typing = new DirectLineActivity { Type = DirectLineActivity.TypingType, From = Bot, ReplyToId = message.Id };
        conversation.Add(typing, time.GetUtcNow());
        TurnResult result;
        using (time.CreateTimer(_ => conversation.Add(typing, time.GetUtcNow()), null, TypingInterval, TypingInterval))
        {
            result = await processor.ProcessAsync(inbound, progress, cancellationToken);
        }

        conversation.Add(WebChatReplyRenderer.Render(result.Reply, Bot) with { ReplyToId = message.Id, Locale = BotLocale(result) }, time.GetUtcNow());
    }

    private static string BotLocale(TurnResult result) => result.Language.ToString().ToLowerInvariant();
}
