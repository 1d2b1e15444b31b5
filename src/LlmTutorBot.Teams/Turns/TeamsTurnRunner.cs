using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.Teams.Activities;
using LlmTutorBot.Teams.Connector;
using LlmTutorBot.Teams.Hosting;
using LlmTutorBot.Teams.Inbound;
using LlmTutorBot.Teams.Rendering;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Teams.Turns;

/// <summary>
/// Does, in the background, what an accepted Teams activity asks: a turn (typing, the pipeline with progress edits,
/// the reply in the right thread) or the welcome when the bot is added, once per conversation.
/// </summary>
public sealed class TeamsTurnRunner(
    TurnProcessor processor,
    ConnectorClient connector,
    IActivityDeduplicator deduplicator,
    IOptions<BotFrameworkOptions> options,
    IOptions<BotOptions> bot,
    TimeProvider time)
{
    private static readonly TimeSpan WelcomeMemory = TimeSpan.FromDays(365);

    public TeamsReplyRenderer Renderer { get; } = new(options.Value.MaxMessageLength, AdaptiveAction.Execute);

    public async Task RunAsync(ActivityConversion conversion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversion);
        if (conversion.Message is not { } message || conversion.Reference is not { } reference)
        {
            return;
        }

        if (conversion.Kind == ActivityKind.Welcome)
        {
            var key = $"{message.Conversation.ConversationId}";
            if (await deduplicator.TryClaimAsync("teams-welcome", key, WelcomeMemory, cancellationToken))
            {
                var language = BotLanguages.FromLocale(message.Locale) ?? bot.Value.DefaultLanguage;
                var welcome = new Activity { Type = ActivityTypes.Message, Text = TeamsText.Welcome.Format(language, bot.Value.Name), TextFormat = "markdown" };
                await connector.SendAsync(reference with { ActivityId = null }, welcome, cancellationToken);
            }

            return;
        }

        await connector.TypingAsync(reference, cancellationToken);
        var progress = new TeamsProgressSink(connector, reference, Renderer, options.Value.ProgressUpdateInterval, time);
        var result = await processor.ProcessAsync(message, progress, cancellationToken);
        await progress.CompleteAsync(result.Reply, result.Language, cancellationToken);
    }
}
