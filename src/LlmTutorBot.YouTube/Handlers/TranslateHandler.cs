using LlmTutorBot.Core.Commands;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Core.Routing;
using LlmTutorBot.YouTube.Links;

namespace LlmTutorBot.YouTube.Handlers;

/// <summary>/translate &lt;url&gt; [language]: the captions in another language, with .srt, .vtt and a bilingual text.</summary>
public sealed class TranslateHandler(VideoReplies replies) : CommandHandler
{
    public static CommandDefinition Definition { get; } = new(
        "translate",
        YouTubeText.TranslateDescription,
        new CommandOption("url", YouTubeText.UrlOption),
        new CommandOption("language", YouTubeText.LanguageOption, Required: false));

    public override CommandDefinition Command => Definition;

    protected override Task<Reply> HandleAsync(TurnContext turn, ParsedCommand command, CancellationToken cancellationToken)
    {
        var url = command.Argument("url") ?? "";
        if (!VideoId.TryParse(url, out var id))
        {
            return Task.FromResult(new Reply { Markdown = YouTubeText.NotAVideo.Format(turn.ReplyLanguage, url), Confident = false });
        }

        var target = turn.ReplyLanguage.Code();
        if (command.Argument("language") is { } requested && !VideoArguments.TryLanguage(requested, out target))
        {
            return Task.FromResult(new Reply { Markdown = YouTubeText.BadLanguage.Format(turn.ReplyLanguage, requested), Confident = false });
        }

        return replies.TranslateAsync(turn, id, target!, cancellationToken);
    }
}
