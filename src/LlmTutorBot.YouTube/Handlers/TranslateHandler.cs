using LlmTutorBot.Core.Commands;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Core.Routing;

namespace LlmTutorBot.YouTube.Handlers;

/// <summary>/translate &lt;url&gt; [language]: the captions in another language, with .srt, .vtt and a bilingual text.</summary>
public sealed class TranslateHandler(VideoReplies replies) : CommandHandler
{
    public static CommandDefinition Definition { get; } = new(
        "translate",
        YouTubeText.TranslateDescription,
        new CommandOption("url", YouTubeText.UrlOption),
        new CommandOption("language", YouTubeText.LanguageOption, Required: false))
    {
        // On a message, no language is given: the captions go into the user's reply language.
        MessageAction = YouTubeText.TranslateAction,
    };

    public override CommandDefinition Command => Definition;

    protected override Task<Reply> HandleAsync(TurnContext turn, ParsedCommand command, CancellationToken cancellationToken)
    {
        return VideoArguments.TryRead(turn, command, turn.ReplyLanguage.Code(), out var id, out var target) is { } problem
            ? Task.FromResult(problem)
            : replies.TranslateAsync(turn, id, target!, cancellationToken);
    }
}
