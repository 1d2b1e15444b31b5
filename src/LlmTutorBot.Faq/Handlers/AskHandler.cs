using LlmTutorBot.Core.Commands;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Core.Routing;
using LlmTutorBot.Faq.Answering;

namespace LlmTutorBot.Faq.Handlers;

/// <summary>/ask &lt;question&gt;: the FAQ, on purpose.</summary>
public sealed class AskHandler(FaqQuestions questions) : CommandHandler
{
    public static CommandDefinition Definition { get; } = new(
        "ask",
        FaqText.AskDescription,
        new CommandOption("question", FaqText.QuestionOption, CommandOptionType.Text));

    public override CommandDefinition Command => Definition;

    protected override Task<Reply> HandleAsync(TurnContext turn, ParsedCommand command, CancellationToken cancellationToken) =>
        questions.AnswerAsync(turn, command.Argument("question") ?? "", cancellationToken);
}
