using System.Diagnostics;
using LlmTutorBot.Cli;
using LlmTutorBot.Tests.Discord.Fakes;
using LlmTutorBot.Tests.Fakes;
using LlmTutorBot.Tests.Infrastructure;
using LlmTutorBot.Tests.Teams;
using LlmTutorBot.Tests.YouTube;

namespace LlmTutorBot.Tests.Cli;

/// <summary>"doctor" against the loopback fakes: one line per check, exit 0 only when every configured check passes.</summary>
public sealed class DoctorTests(RedisFixture redis) : IAsyncLifetime
{
    private const string AppId = "00000000-0000-0000-0000-000000000001";
    private FakeOpenAiServer _openAi = null!;
    private FakeBotFramework _botFramework = null!;
    private FakeDiscordRest _discord = null!;
    private FakeYouTube _youTube = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _openAi = await FakeOpenAiServer.StartAsync();
        _openAi.Models.Add("tutor-model");
        _openAi.Responder = request => FakeChatReply.Text(request.Body.Contains("\"response_format\"", StringComparison.Ordinal) ? """{"ok":true}""" : "OK");
        _botFramework = await FakeBotFramework.StartAsync();
        _discord = await FakeDiscordRest.StartAsync();
        _discord.Responder = request => request.Path.EndsWith("/users/@me", StringComparison.Ordinal)
            ? new FakeAnswer(200, """{"id":"500000000000000001","username":"tutor","bot":true}""")
            : request.Path.EndsWith("/applications/@me", StringComparison.Ordinal) ? new FakeAnswer(200, """{"id":"352205866889641984","name":"Tutor","flags":524288}""") : null;
        _youTube = await FakeYouTube.StartAsync();
        _youTube.DefaultPlayerResponse = FakeYouTube.Recorded("newpipe", "player_An8vtD1FDqs_en_manual+asr.response.json");
        _youTube.AnswerAsRequestedVideo = true;
    }

    public async ValueTask DisposeAsync()
    {
        await _openAi.DisposeAsync();
        await _botFramework.DisposeAsync();
        await _discord.DisposeAsync();
        await _youTube.DisposeAsync();
    }

    [Fact]
    public async Task Every_configured_integration_that_works_gets_a_tick_and_the_exit_code_is_0()
    {
        var (exit, output) = await RunAsync(Everything());

        Assert.True(exit == 0, output);
        foreach (var check in new[] { "Redis", "Model", "Model streaming", "Model structured output", "Teams token", "Teams OpenID metadata", "Discord bot", "Discord gateway", "Discord intents", "YouTube ANDROID_VR", "Web chat" })
        {
            Assert.Contains($"✔ {check}: ", output, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("✘", output, StringComparison.Ordinal);
        Assert.Contains("tutor-model is offered", output, StringComparison.Ordinal);
        Assert.Contains(_openAi.Requests, r => r.Stream && r.MaxTokens == 1);
    }

    [Fact]
    public async Task Integrations_left_unconfigured_say_so_and_do_not_fail_the_run()
    {
        var (exit, output) = await RunAsync(Basics());

        Assert.True(exit == 0, output);
        Assert.Contains("– Model: not configured (Llm:Provider is None", output, StringComparison.Ordinal);
        Assert.Contains("– Teams: not configured (MicrosoftAppId is empty", output, StringComparison.Ordinal);
        Assert.Contains("– Discord: not configured (Discord:BotToken is empty)", output, StringComparison.Ordinal);
        Assert.Contains("✔ Redis: PONG", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failing_integrations_get_a_cross_with_what_to_do_and_the_exit_code_is_1()
    {
        _discord.Responder = request => request.Path.EndsWith("/users/@me", StringComparison.Ordinal) ? new FakeAnswer(401, """{"message":"401: Unauthorized","code":0}""") : null;
        var settings = Everything();
        settings["Llm:Model"] = "missing-model";
        settings["BotFramework:TokenEndpoint"] = BotServices.UnreachableRedis().Split(',')[0].Insert(0, "http://") + "/{tenant}/token";

        var (exit, output) = await RunAsync(settings);

        Assert.Equal(1, exit);
        Assert.Contains("✘ Model: ", output, StringComparison.Ordinal);
        Assert.Contains("does not offer missing-model", output, StringComparison.Ordinal);
        Assert.Contains("✘ Teams token: ", output, StringComparison.Ordinal);
        Assert.Contains("→ check MicrosoftAppId, MicrosoftAppPassword", output, StringComparison.Ordinal);
        Assert.Contains("✘ Discord bot: Discord refuses the token (401) → ", output, StringComparison.Ordinal);
        Assert.Contains("✔ Teams OpenID metadata", output, StringComparison.Ordinal);
        Assert.Contains("3 checks fail", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_discord_application_without_the_message_content_intent_fails_naming_the_portal_switch()
    {
        _discord.Responder = request => request.Path.EndsWith("/applications/@me", StringComparison.Ordinal)
            ? new FakeAnswer(200, """{"id":"352205866889641984","name":"Tutor","flags":0}""")
            : request.Path.EndsWith("/users/@me", StringComparison.Ordinal) ? new FakeAnswer(200, """{"id":"1","username":"tutor","bot":true}""") : null;

        var (exit, output) = await RunAsync(Everything());

        Assert.Equal(1, exit);
        Assert.Contains("✘ Discord intents: ", output, StringComparison.Ordinal);
        Assert.Contains("Privileged Gateway Intents → Message Content", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_web_chat_listening_beyond_loopback_is_reported_as_open_to_anyone_without_failing()
    {
        var settings = Basics();
        settings["urls"] = "http://0.0.0.0:8080";

        var (exit, output) = await RunAsync(settings);

        Assert.Equal(0, exit);
        Assert.Contains("– Web chat: the chat page and Direct Line at http://0.0.0.0:8080 are open to anyone", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_built_binary_exits_1_when_a_configured_check_fails()
    {
        _discord.Responder = _ => new FakeAnswer(401, """{"message":"401: Unauthorized","code":0}""");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "LlmTutorBot.dll"));
        start.ArgumentList.Add("doctor");
        foreach (var (key, value) in Basics())
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.ArgumentList.Add($"--Discord:BotToken={DiscordTestServices.BotToken}");
        start.ArgumentList.Add($"--Discord:ApiBaseUrl={_discord.BaseUrl}");

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync(Cancel);
        var stdout = await process.StandardOutput.ReadToEndAsync(Cancel);
        await process.WaitForExitAsync(Cancel);

        Assert.True(process.ExitCode == 1, stdout + await stderr);
        Assert.Contains("✘ Discord bot: Discord refuses the token (401)", stdout, StringComparison.Ordinal);
        Assert.Contains("✔ Redis: PONG", stdout, StringComparison.Ordinal);
    }

    private Dictionary<string, string?> Basics() => new()
    {
        ["ConnectionStrings:Redis"] = redis.ConnectionString,
        ["State:KeyPrefix"] = RedisFixture.UniquePrefix(),
        ["YouTube:BaseUrl"] = _youTube.BaseUrl,
    };

    private Dictionary<string, string?> Everything()
    {
        var settings = Basics();
        settings["Llm:Provider"] = "OpenAICompatible";
        settings["Llm:Endpoint"] = _openAi.Endpoint;
        settings["Llm:Model"] = "tutor-model";
        settings["MicrosoftAppId"] = AppId;
        settings["MicrosoftAppPassword"] = "not-a-real-secret";
        settings["MicrosoftAppTenantId"] = "tenant-1";
        settings["BotFramework:OpenIdMetadataUrl"] = $"{_botFramework.BaseUrl}openid";
        settings["BotFramework:TokenEndpoint"] = $"{_botFramework.BaseUrl}{{tenant}}/token";
        settings["Discord:BotToken"] = DiscordTestServices.BotToken;
        settings["Discord:ApiBaseUrl"] = _discord.BaseUrl.ToString();
        return settings;
    }

    private static async Task<(int Exit, string Output)> RunAsync(Dictionary<string, string?> settings)
    {
        using var host = CliApplication.BuildHost([.. settings.Select(s => $"--{s.Key}={s.Value}")], Program.AddBot);
        using var output = new StringWriter();
        var exit = await new DoctorTool().RunAsync(host.Services, [], output, TextWriter.Null, Cancel);
        return (exit, output.ToString());
    }
}
