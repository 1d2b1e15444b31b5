using LlmTutorBot.Core.Commands;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Core.Routing;
using LlmTutorBot.YouTube.Links;

namespace LlmTutorBot.YouTube.Handlers;

/// <summary>/summarize &lt;url&gt; [language]: the video's summary in the seed-002 shape, in its thread.</summary>
public sealed class SummarizeHandler(VideoReplies replies) : CommandHandler
{
    public static CommandDefinition Definition { get; } = new(
        "summarize",
        YouTubeText.SummarizeDescription,
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

        string? language = null;
        if (command.Argument("language") is { } requested && !VideoArguments.TryLanguage(requested, out language))
        {
            return Task.FromResult(new Reply { Markdown = YouTubeText.BadLanguage.Format(turn.ReplyLanguage, requested), Confident = false });
        }

        return replies.SummarizeAsync(turn, id, language, cancellationToken);
    }
}
