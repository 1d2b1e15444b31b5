using LlmTutorBot.Cli;
using LlmTutorBot.Core;
using LlmTutorBot.Health;
using LlmTutorBot.Hosting;
using LlmTutorBot.Redis;

if (CliApplication.Handles(args))
{
    return await CliApplication.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.UseDefaultUrl("http://localhost:3978");
builder.Services.AddBotCore();
builder.Services.AddRedisState();

var app = builder.Build();
app.MapHomePage();
app.MapHealthEndpoints();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
