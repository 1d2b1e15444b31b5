using LlmTutorBot.Core.Doctor;
using LlmTutorBot.WebChat.Conversations;
using LlmTutorBot.WebChat.Hosting;
using LlmTutorBot.WebChat.Page;
using LlmTutorBot.WebChat.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.WebChat;

public static class WebChatServiceCollectionExtensions
{
    /// <summary>
    /// The local web chat: options (WebChat section), conversations and tokens in memory, the background turns.
    /// Needs AddBotCore. Map it with <see cref="MapWebChat"/>.
    /// </summary>
    public static IServiceCollection AddWebChat(this IServiceCollection services)
    {
        services.AddOptions<WebChatOptions>().BindConfiguration(WebChatOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebChatOptions>, WebChatOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<WebChatConversations>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDoctorCheck, WebChatDoctorCheck>());
        services.TryAddSingleton<WebChatTurns>();
        services.AddHostedService(sp => sp.GetRequiredService<WebChatTurns>());
        services.TryAddSingleton<WebChatTurnRunner>();
        return services;
    }

    /// <summary>
    /// When WebChat:Enabled, the Direct Line endpoints under /v3/directline (WebSockets on) and the chat page at "/".
    /// Returns whether they were mapped.
    /// </summary>
    public static bool MapWebChat(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Services.GetRequiredService<IOptions<WebChatOptions>>().Value.Enabled)
        {
            return false;
        }

        app.UseWebSockets();
        DirectLineEndpoints.Map(app);
        app.MapGet("/", WebChatPage.Serve);
        var logger = app.Services.GetRequiredService<ILogger<WebChatTurns>>();
        WebChatLog.Enabled(logger);
        return true;
    }
}
