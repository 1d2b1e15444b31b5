using System.Text;
using LlmTutorBot.Core.Pipeline;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Cli;

/// <summary>
/// The command line on the bot's own binary: the same services, state and handlers as the web host, without the
/// web server and without starting any hosted service (no channel connects). Logs go to standard error so standard
/// output carries only answers.
/// </summary>
internal static class CliApplication
{
    public static bool Handles(string[] args) =>
        args.Length > 0 && (CliArguments.TryVerb(args[0], out _) || CliTools.Find(args[0]) is not null || args[0] == HealthProbe.Verb);

    public static async Task<int> RunAsync(string[] args, Action<IServiceCollection> addBot)
    {
        try
        {
            return await RunVerbAsync(args, addBot);
        }
        catch (OptionsValidationException exception)
        {
            // A setting the operator must fix: say which, without a stack trace.
            await Console.Error.WriteLineAsync($"Configuration error:\n- {string.Join("\n- ", exception.Failures)}");
            return 2;
        }
    }

    private static async Task<int> RunVerbAsync(string[] args, Action<IServiceCollection> addBot)
    {
        if (args[0] == HealthProbe.Verb)
        {
            return await HealthProbe.RunAsync(args[1..], Console.Out, Console.Error);
        }

        if (CliTools.Find(args[0]) is { } tool)
        {
            return await RunToolAsync(tool, args, addBot);
        }

        var arguments = CliArguments.Parse(args, out var error);
        if (arguments is null)
        {
            await Console.Error.WriteLineAsync($"{error}\n\n{Usage}");
            return 2;
        }

        Console.OutputEncoding = Encoding.UTF8;
        Console.InputEncoding = Encoding.UTF8;
        using var host = BuildHost(arguments.ConfigurationArguments, addBot);
        var session = new CliSession(host.Services.GetRequiredService<TurnProcessor>(), arguments, Console.In, Console.Out, Console.Error);
        return arguments.Verb == CliVerb.Chat ? await session.ChatAsync(CancellationToken.None) : await session.AskAsync(CancellationToken.None);
    }

    /// <summary>The usage text: ask, chat and every operator command.</summary>
    public static string Usage =>
        $"{CliArguments.Usage}\n\nOperator commands:\n{string.Join('\n', CliTools.All.Select(t => t.Usage).Append(HealthProbe.Usage))}";

    private static async Task<int> RunToolAsync(ICliTool tool, string[] args, Action<IServiceCollection> addBot)
    {
        var configuration = args.Skip(1).Where(IsConfigurationArgument).ToList();
        var rest = args.Skip(1).Where(a => !IsConfigurationArgument(a)).ToList();
        using var host = BuildHost(configuration, addBot);
        return await tool.RunAsync(host.Services, rest, Console.Out, Console.Error, CancellationToken.None);
    }

    private static bool IsConfigurationArgument(string arg) =>
        arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=', StringComparison.Ordinal);

    /// <summary>A host that is never started: the bot's services over appsettings.json beside the binary, the environment and the given arguments.</summary>
    internal static IHost BuildHost(IReadOnlyList<string> configurationArguments, Action<IServiceCollection> addBot)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [.. configurationArguments],
            ApplicationName = typeof(CliApplication).Assembly.GetName().Name,
            // appsettings.json sits beside the binary, wherever the command is run from.
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning);
        addBot(builder.Services);

        // Hosted services (channel connections) are not started: the CLI only handles its own messages.
        return builder.Build();
    }
}
