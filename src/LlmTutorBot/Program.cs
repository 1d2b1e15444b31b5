using LlmTutorBot.Cli;
using LlmTutorBot.Core;
using LlmTutorBot.Faq;
using LlmTutorBot.Discord;
using LlmTutorBot.Discord.Interactions;
using LlmTutorBot.Health;
using LlmTutorBot.Hosting;
using LlmTutorBot.Hosting.RateLimits;
using LlmTutorBot.Llm.Hosting;
using LlmTutorBot.Observability;
using LlmTutorBot.Redis;
using LlmTutorBot.Teams;
using LlmTutorBot.WebChat;
using LlmTutorBot.YouTube.Hosting;

if (CliApplication.Handles(args))
{
    return await CliApplication.RunAsync(args, AddBot);
}

var builder = WebApplication.CreateBuilder(args);
builder.UseDefaultUrl("http://localhost:3978");
AddBot(builder.Services);
builder.AddObservability();
builder.Services.AddRateLimits();

var app = builder.Build();
app.UseRateLimits();
app.MapHomePage(webChat: app.MapWebChat());
app.MapHealthEndpoints();
app.MapBotFramework();
app.MapYouTubeFiles();
app.MapDiscordInteractions();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program
{
    /// <summary>The bot's features, for the web host and the CLI alike.</summary>
    internal static void AddBot(IServiceCollection services)
    {
        services.AddBotCore();
        services.AddRedisState();
        services.AddRedisReplicas();
        services.AddLlm();
        services.AddFaq();
        services.AddTeams();
        services.AddWebChat();
        services.AddYouTube();
        services.AddDiscord();
    }
}
