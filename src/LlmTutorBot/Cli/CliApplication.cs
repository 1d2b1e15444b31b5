using System.Text;
using LlmTutorBot.Core;
using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.Redis;
using Microsoft.Extensions.Logging.Console;

namespace LlmTutorBot.Cli;

/// <summary>
/// The command line on the bot's own binary: the same services, state and handlers as the web host, without
/// the web server. Logs go to standard error so standard output carries only answers.
/// </summary>
internal static class CliApplication
{
    public static bool Handles(string[] args) => args.Length > 0 && CliArguments.TryVerb(args[0], out _);

    public static async Task<int> RunAsync(string[] args)
    {
        var arguments = CliArguments.Parse(args, out var error);
        if (arguments is null)
        {
            await Console.Error.WriteLineAsync($"{error}\n\n{CliArguments.Usage}");
            return 2;
        }

        Console.OutputEncoding = Encoding.UTF8;
        Console.InputEncoding = Encoding.UTF8;
        using var host = BuildHost(arguments);
        await host.StartAsync();
        try
        {
            var session = new CliSession(host.Services.GetRequiredService<TurnProcessor>(), arguments, Console.In, Console.Out, Console.Error);
            return arguments.Verb == CliVerb.Chat ? await session.ChatAsync(CancellationToken.None) : await session.AskAsync(CancellationToken.None);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    internal static IHost BuildHost(CliArguments arguments)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [.. arguments.ConfigurationArguments],
            ApplicationName = typeof(CliApplication).Assembly.GetName().Name,
            // appsettings.json sits beside the binary, wherever the command is run from.
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning);
        builder.Services.AddBotCore();
        builder.Services.AddRedisState();
        return builder.Build();
    }
}
