using LlmTutorBot.Core.Doctor;
using LlmTutorBot.Core.Jobs;
using LlmTutorBot.Discord.Gateway;
using LlmTutorBot.Discord.Inbound;
using LlmTutorBot.Discord.Interactions;
using LlmTutorBot.Discord.Rest;
using LlmTutorBot.Discord.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// The Discord adapter: options (section <c>Discord</c>, validated at start), the REST client, the interaction
    /// handler for <c>MapDiscordInteractions()</c>, the turn queue, and the gateway, which connects only when
    /// <c>Discord:BotToken</c> is set. Needs the core (<c>AddBotCore</c>).
    /// </summary>
    public static IServiceCollection AddDiscord(this IServiceCollection services)
    {
        services.AddOptions<DiscordOptions>().BindConfiguration(DiscordOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        // No request logging: interaction webhook paths hold tokens.
        services.AddHttpClient(DiscordRestClient.HttpClientName, (sp, client) =>
            DiscordRestClient.Configure(client, sp.GetRequiredService<IOptions<DiscordOptions>>().Value))
            .RemoveAllLoggers();
        services.TryAddSingleton<DiscordStatus>();
        services.TryAddSingleton(DiscordRetryPolicy.Default);
        services.TryAddSingleton<DiscordRateLimiter>();
        services.TryAddSingleton<DiscordRestClient>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDoctorCheck, DiscordDoctorCheck>());

        services.TryAddSingleton<DiscordChannelCache>();
        services.TryAddSingleton<DiscordInboundConverter>();
        services.TryAddSingleton<DiscordTurnRunner>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IJobDelivery, DiscordJobDelivery>());
        services.TryAddSingleton<DiscordTurnQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<DiscordTurnQueue>());
        services.TryAddSingleton<InteractionSignatureProvider>();
        services.TryAddSingleton<DiscordInteractionHandler>();

        services.TryAddSingleton<DiscordBotIdentity>();
        services.TryAddSingleton<IdentifyLimiter>();
        services.TryAddSingleton<IGatewayDispatchHandler, DiscordEventDispatcher>();
        services.TryAddSingleton<DiscordGatewayHostedService>();
        services.AddHostedService(sp => sp.GetRequiredService<DiscordGatewayHostedService>());
        services.AddHealthChecks().AddCheck<DiscordHealthCheck>(DiscordHealthCheck.Name, tags: ["ready"]);
        return services;
    }
}
