using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.Core.Replies;

namespace LlmTutorBot.Cli;

/// <summary>One CLI run: answers a message, each line of input, or an interactive chat, in one conversation.</summary>
internal sealed class CliSession(TurnProcessor processor, CliArguments arguments, TextReader input, TextWriter output, TextWriter diagnostics)
{
    private readonly ConversationAddress _conversation = new(ChatPlatform.Cli, arguments.ConversationId ?? $"cli-{Guid.NewGuid():N}");
    private readonly ChatUser _user = new(arguments.UserId ?? DefaultUser());
    private readonly ConsoleProgressSink _progress = new(diagnostics);

    public async Task<int> AskAsync(CancellationToken cancellationToken)
    {
        if (arguments.Message is not null)
        {
            await AnswerAsync(arguments.Message, cancellationToken);
            return 0;
        }

        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            await AnswerAsync(line, cancellationToken);
        }

        return 0;
    }

    public async Task<int> ChatAsync(CancellationToken cancellationToken)
    {
        await diagnostics.WriteLineAsync("LlmTutorBot: type a message, /help for the commands, /quit to leave.");
        while (true)
        {
            await output.WriteAsync("you> ");
            await output.FlushAsync(cancellationToken);
            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null || line.Trim() is "/quit" or "/exit")
            {
                return 0;
            }

            await output.WriteAsync("bot> ");
            await AnswerAsync(line, cancellationToken);
        }
    }

    private async Task AnswerAsync(string text, CancellationToken cancellationToken)
    {
        var message = new InboundMessage
        {
            Conversation = _conversation,
            User = _user,
            Text = text,
            Locale = arguments.Locale,
        };
        var result = await processor.ProcessAsync(message, _progress, cancellationToken);
        if (arguments.Json)
        {
            await output.WriteLineAsync(CliJsonReply.From(result).ToJsonLine());
        }
        else
        {
            await output.WriteLineAsync(ReplyMarkdown.Render(result.Reply));
            await output.WriteLineAsync();
        }

        await output.FlushAsync(cancellationToken);
    }

    private static string DefaultUser() => string.IsNullOrWhiteSpace(Environment.UserName) ? "local" : Environment.UserName;
}
