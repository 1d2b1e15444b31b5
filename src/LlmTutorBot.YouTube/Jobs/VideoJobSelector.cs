using LlmTutorBot.Core.Commands;
using LlmTutorBot.Core.Jobs;
using LlmTutorBot.Core.Messaging;
using LlmTutorBot.YouTube.Handlers;
using LlmTutorBot.YouTube.Links;

namespace LlmTutorBot.YouTube.Jobs;

/// <summary>
/// The video turns that take long enough to queue: /summarize and /translate with valid arguments, and a message
/// holding a YouTube link (which is summarized). Questions about a video stay quick turns.
/// </summary>
public sealed class VideoJobSelector(CommandParser commands) : IJobSelector
{
    public bool IsJob(InboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = InboundText.Clean(message.Text);
        var command = message.Command ?? commands.Parse(text);
        if (command is not null)
        {
            return command.IsValid && (command.Name == SummarizeHandler.Definition.Name || command.Name == TranslateHandler.Definition.Name);
        }

        return VideoLinks.FindFirst(text) is not null;
    }
}
