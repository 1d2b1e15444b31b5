using LlmTutorBot.Core.Localization;
using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Core.Routing;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Core.Handlers;

/// <summary>Whatever no other handler took: says what the bot can do.</summary>
public sealed class FallbackHandler(CommandList commands, IOptions<BotOptions> options) : IIntentHandler
{
    public string Intent => Intents.Fallback;

    public int Rank => RouteRank.Fallback;

    public bool CanHandle(TurnContext turn) => true;

    public Task<Reply> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var language = turn.ReplyLanguage;
        var reply = Reply.Text(
            $"{BotText.FallbackIntro.Format(language, options.Value.Name)}\n\n{commands.Render(language)}\n\n{BotText.FallbackHint[language]}");
        return Task.FromResult(reply with { Confident = false });
    }
}
