using LlmTutorBot.Core.Commands;
using LlmTutorBot.Core.Localization;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Core.Routing;

namespace LlmTutorBot.Core.Handlers;

/// <summary>
/// /reset [scope]: "channel" (the default) forgets this conversation (language, video, turns) and keeps the sender's
/// own preference; "me" forgets the sender's preference and keeps the conversation. In a group conversation only
/// moderators reset the conversation (the adapters check; Discord also hides the command from others by default).
/// </summary>
public sealed class ResetHandler : CommandHandler
{
    public const string ScopeOption = "scope";

    public const string ScopeChannel = "channel";

    public const string ScopeMe = "me";

    public static CommandDefinition Definition { get; } = new(
        "reset",
        BotText.ResetDescription,
        new CommandOption(
            ScopeOption,
            BotText.ResetScopeOption,
            Required: false,
            Choices:
            [
                new CommandChoice(ScopeChannel, BotText.ResetScopeChannel),
                new CommandChoice(ScopeMe, BotText.ResetScopeMe),
            ]))
    {
        ModeratorsOnlyInGroups = true,
    };

    public override CommandDefinition Command => Definition;

    protected override Task<Reply> HandleAsync(TurnContext turn, ParsedCommand command, CancellationToken cancellationToken)
    {
        if (command.Argument(ScopeOption) == ScopeMe)
        {
            turn.Changes.SetUserLanguage(null);
            turn.Changes.LeaveOutOfHistory();
            return Task.FromResult(Reply.Text(BotText.ResetPreferencesDone[turn.ReplyLanguage]));
        }

        turn.Changes.Forget();
        return Task.FromResult(Reply.Text(BotText.ResetDone[turn.ReplyLanguage]));
    }
}
