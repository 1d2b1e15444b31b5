using System.Text;
using LlmTutorBot.Llm.Usage;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace LlmTutorBot.Llm.Chat;

public sealed partial class SemanticKernelLlmClient
{
    /// <summary>Streams the answer, handing the text so far to <paramref name="onPartial"/> at most once per interval, and once at the end.</summary>
    private async Task<(string Text, LlmUsage? Reported)> StreamAsync(
        ChatHistory history,
        OpenAIPromptExecutionSettings settings,
        Func<string, CancellationToken, ValueTask> onPartial,
        CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        LlmUsage? reported = null;
        var throttle = new PartialThrottle(time, TimeSpan.FromMilliseconds(options.StreamingIntervalMilliseconds));
        var sentLength = 0;
        await foreach (var chunk in chat.GetStreamingChatMessageContentsAsync(history, settings, kernel: null, cancellationToken))
        {
            reported = ReportedUsage(chunk.Metadata) ?? reported;
            if (string.IsNullOrEmpty(chunk.Content))
            {
                continue;
            }

            text.Append(chunk.Content);
            if (throttle.ShouldEmit())
            {
                sentLength = text.Length;
                await onPartial(text.ToString(), cancellationToken);
            }
        }

        if (text.Length > 0 && text.Length != sentLength)
        {
            await onPartial(text.ToString(), cancellationToken);
        }

        return (text.ToString(), reported);
    }
}
