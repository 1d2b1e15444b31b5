namespace LlmTutorBot.Cli;

/// <summary>
/// An operator command on the bot's binary beside ask and chat, such as "discord register-commands" or
/// "teams package". It runs in the CLI host, with every service and setting the bot has.
/// </summary>
internal interface ICliTool
{
    /// <summary>The first argument that selects it.</summary>
    string Verb { get; }

    /// <summary>Its lines of the usage text.</summary>
    string Usage { get; }

    /// <summary>Runs with the arguments after the verb (configuration arguments removed); returns the exit code.</summary>
    Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken);
}
