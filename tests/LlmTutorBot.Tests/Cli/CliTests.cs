using System.Diagnostics;
using System.Text.Json;
using LlmTutorBot.Cli;
using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LlmTutorBot.Tests.Cli;

public sealed class CliTests(RedisFixture redis)
{
    private static readonly string[] JsonFields = ["reply", "intent", "language", "sources", "confident"];

    [Fact]
    public async Task Ask_with_json_prints_one_object_with_exactly_the_documented_fields()
    {
        var output = await RunSessionAsync(["ask", "--json", "/help"], input: "");

        var line = Assert.Single(Lines(output));
        using var json = JsonDocument.Parse(line);
        Assert.Equal(JsonFields, json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("help", json.RootElement.GetProperty("intent").GetString());
        Assert.Equal("en", json.RootElement.GetProperty("language").GetString());
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("sources").ValueKind);
        Assert.True(json.RootElement.GetProperty("confident").GetBoolean());
        Assert.Contains("/lang <language>", json.RootElement.GetProperty("reply").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_with_json_and_no_message_answers_each_input_line_in_one_conversation()
    {
        var output = await RunSessionAsync(["ask", "--json"], input: "/lang zh\n/help\n\n/hepl\n");

        var replies = Lines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["lang", "help", "invalid-input", "command-error"], replies.Select(r => r.GetProperty("intent").GetString()));
        Assert.All(replies, r => Assert.Equal("zh", r.GetProperty("language").GetString()));
        Assert.Contains("/help", replies[3].GetProperty("reply").GetString(), StringComparison.Ordinal);
        Assert.False(replies[3].GetProperty("confident").GetBoolean());
    }

    [Fact]
    public async Task Json_output_keeps_chinese_and_accents_readable()
    {
        var output = await RunSessionAsync(["ask", "--json", "--locale", "fr-FR", "/reset"], input: "");

        Assert.Contains("oublié", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00E9", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Ask_without_json_prints_the_reply_as_markdown()
    {
        var output = await RunSessionAsync(["ask", "/help"], input: "");

        Assert.StartsWith("**Here is what I can do**", output, StringComparison.Ordinal);
        Assert.Contains("**Commands**", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_keeps_the_conversation_until_quit()
    {
        var output = await RunSessionAsync(["chat"], input: "/lang fr\n/help\n/quit\n/help\n");

        Assert.Contains("C'est noté", output, StringComparison.Ordinal);
        Assert.Contains("Voici ce que je sais faire", output, StringComparison.Ordinal);
        Assert.Equal(3, output.Split("you> ").Length - 1);
    }

    [Fact]
    public async Task The_built_binary_prints_only_json_on_standard_output()
    {
        var binary = Path.Combine(AppContext.BaseDirectory, "LlmTutorBot.dll");
        Assert.True(File.Exists(binary), $"{binary} is missing");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { binary, "ask", "--json", $"--ConnectionStrings:Redis={redis.ConnectionString}", $"--State:KeyPrefix={RedisFixture.UniquePrefix()}", "C'est quoi un LLM ?" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.True(process.ExitCode == 0, stderr);
        using var json = JsonDocument.Parse(Assert.Single(Lines(stdout)));
        Assert.Equal("fr", json.RootElement.GetProperty("language").GetString());
    }

    [Fact]
    public async Task The_built_binary_explains_bad_arguments_and_exits_with_2()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "LlmTutorBot.dll"), "ask", "--bogus" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var process = Process.Start(start)!;
        var stderr = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("Unknown option --bogus", stderr, StringComparison.Ordinal);
        Assert.Contains("Usage:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_setting_that_fails_validation_exits_2_naming_what_to_fix_without_a_stack_trace()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "LlmTutorBot.dll"), "ask", "--Llm:Provider=OpenAICompatible", "What is a token?" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var process = Process.Start(start)!;
        var stdout = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2, process.ExitCode);
        Assert.Empty(stdout);
        Assert.StartsWith("Configuration error:", stderr, StringComparison.Ordinal);
        Assert.Contains("Llm:Endpoint is required", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    private async Task<string> RunSessionAsync(string[] args, string input)
    {
        var arguments = CliArguments.Parse(args, out var error) ?? throw new ArgumentException(error);
        await using var services = BotServices.Build(redis.ConnectionString);
        using var output = new StringWriter();
        var session = new CliSession(services.GetRequiredService<TurnProcessor>(), arguments, new StringReader(input), output, TextWriter.Null);

        var exitCode = arguments.Verb == CliVerb.Chat
            ? await session.ChatAsync(TestContext.Current.CancellationToken)
            : await session.AskAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, exitCode);
        return output.ToString();
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
