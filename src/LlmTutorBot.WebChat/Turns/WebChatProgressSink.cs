using LlmTutorBot.Core.Replies;
using LlmTutorBot.WebChat.Conversations;
using LlmTutorBot.WebChat.Wire;

namespace LlmTutorBot.WebChat.Turns;

/// <summary>Progress in the web chat: each update is a bot message in the conversation, later followed by the answer.</summary>
public sealed class WebChatProgressSink(WebChatConversation conversation, DirectLineAccount bot, string? replyToId, TimeProvider time) : IProgressSink
{
    public ValueTask ReportAsync(ProgressUpdate update, CancellationToken cancellationToken)
    {
        conversation.Add(WebChatReplyRenderer.Progress(update, bot, replyToId), time.GetUtcNow());
        return ValueTask.CompletedTask;
    }
}
