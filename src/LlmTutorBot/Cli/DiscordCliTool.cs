using LlmTutorBot.Discord.Commands;

namespace LlmTutorBot.Cli;

/// <summary>"discord register-commands" and "discord export-commands".</summary>
internal sealed class DiscordCliTool : ICliTool
{
    public string Verb => DiscordCommandsTool.Verb;

    public string Usage => DiscordCommandsTool.Usage.TrimEnd();

    public Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        DiscordCommandsTool.RunAsync(services, args, output, error, cancellationToken);
}
