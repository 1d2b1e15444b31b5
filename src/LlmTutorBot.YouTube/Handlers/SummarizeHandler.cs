using LlmTutorBot.Core.Commands;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Core.Routing;

namespace LlmTutorBot.YouTube.Handlers;

/// <summary>/summarize &lt;url&gt; [language]: the video's summary in the seed-002 shape, in its thread.</summary>
public sealed class SummarizeHandler(VideoReplies replies) : CommandHandler
{
    public static CommandDefinition Definition { get; } = new(
        "summarize",
        YouTubeText.SummarizeDescription,
        new CommandOption("url", YouTubeText.UrlOption),
        new CommandOption("language", YouTubeText.LanguageOption, Required: false))
    {
        MessageAction = YouTubeText.SummarizeAction,
    };

    public override CommandDefinition Command => Definition;

    protected override Task<Reply> HandleAsync(TurnContext turn, ParsedCommand command, CancellationToken cancellationToken)
    {
        return VideoArguments.TryRead(turn, command, null, out var id, out var language) is { } problem
            ? Task.FromResult(problem)
            : replies.SummarizeAsync(turn, id, language, cancellationToken);
    }
}
