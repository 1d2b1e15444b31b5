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
        new LocalizedText("Forget this conversation and start afresh", "Oublier cette conversation et repartir de zéro", "忘记这段对话，重新开始"),
        new CommandOption(
            ScopeOption,
            new LocalizedText("What to forget", "Ce qu'il faut oublier", "要忘记的内容"),
            Required: false,
            Choices:
            [
                new CommandChoice(ScopeChannel, new LocalizedText("This conversation (moderators, in a server)", "Cette conversation (modérateurs, sur un serveur)", "这段对话（服务器中仅限管理员）")),
                new CommandChoice(ScopeMe, new LocalizedText("My preferences (reply language)", "Mes préférences (langue des réponses)", "我的偏好（回复语言）")),
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
