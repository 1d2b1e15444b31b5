using LlmTutorBot.Core.Doctor;
using LlmTutorBot.Core.Jobs;
using LlmTutorBot.Teams.Auth;
using LlmTutorBot.Teams.Connector;
using LlmTutorBot.Teams.Feedback;
using LlmTutorBot.Teams.Files;
using LlmTutorBot.Teams.Hosting;
using LlmTutorBot.Teams.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Teams;

public static class TeamsServiceCollectionExtensions
{
    /// <summary>
    /// Microsoft Teams over the Bot Framework: options (the top-level Microsoft* keys and the BotFramework section),
    /// inbound JWT validation, the Connector client with its token and retries, de-duplication in Redis, and the
    /// background turn worker. Needs AddBotCore and AddRedisState. Map the endpoint with <see cref="MapBotFramework"/>.
    /// </summary>
    public static IServiceCollection AddTeams(this IServiceCollection services)
    {
        services.AddOptions<BotFrameworkOptions>().BindConfiguration(BotFrameworkOptions.SectionName).ValidateOnStart()
            .PostConfigure<IHostEnvironment>((options, environment) => options.AllowUnauthenticatedLocal ??= environment.IsDevelopment());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>());
        services.AddOptions<BotFrameworkCredentials>()
            .Configure<IConfiguration>((credentials, configuration) => configuration.Bind(credentials))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotFrameworkCredentials>, BotFrameworkCredentialsValidator>());
        services.AddOptions<ManagedIdentityEnvironment>().Configure<IConfiguration>((identity, configuration) => configuration.Bind(identity));
        services.AddHealthChecks().AddCheck<BotFrameworkTokenHealthCheck>(BotFrameworkTokenHealthCheck.Name, tags: ["ready"]);

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(SigningKeySource.HttpClientName);
        services.AddHttpClient(ConnectorTokenProvider.HttpClientName);
        services.TryAddTransient<ConnectorRetryHandler>();
        // Two to four Connector calls per turn: IHttpClientFactory's four Information lines per call (with each URL, a
        // conversation id) are left out; ConnectorClient and ConnectorRetryHandler log failures and retries themselves.
        services.AddHttpClient<ConnectorClient>().AddHttpMessageHandler<ConnectorRetryHandler>().RemoveAllLoggers();
        services.TryAddSingleton<SigningKeySource>();
        services.TryAddSingleton<InboundAuthenticator>();
        services.TryAddSingleton<ConnectorTokenProvider>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDoctorCheck, TeamsDoctorCheck>());
        services.TryAddSingleton<IActivityDeduplicator, RedisActivityDeduplicator>();
        services.TryAddSingleton<BackgroundTurns>();
        services.TryAddTransient<TeamsTurnRunner>();
        services.AddHttpClient<TeamsFileUploader>().ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.TryAddSingleton<TeamsFileOffers>();
        services.TryAddSingleton<TeamsFeedbackStore>();
        services.TryAddTransient<TeamsInvokes>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IJobDelivery, TeamsJobDelivery>());
        services.TryAddTransient<BotFrameworkEndpoint>();
        services.AddHostedService<BackgroundTurnService>();
        services.AddHostedService<BotFrameworkStartup>();
        return services;
    }

    /// <summary>POST /api/messages, where the Bot Framework Connector (Teams) and local tools send activities.</summary>
    public static IEndpointRouteBuilder MapBotFramework(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", (HttpContext http, BotFrameworkEndpoint endpoint) => endpoint.HandleAsync(http));
        return endpoints;
    }
}
