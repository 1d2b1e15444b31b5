using LlmTutorBot.Core.Commands;
using LlmTutorBot.Core.Handlers;
using LlmTutorBot.Core.Jobs;
using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.Core.Replicas;
using LlmTutorBot.Core.Routing;
using LlmTutorBot.Core.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Core;

public static class BotCoreServiceCollectionExtensions
{
    /// <summary>
    /// The channel-neutral bot: options, the command catalog and parser, the route table with the core handlers,
    /// and the turn processor. A conversation store (<see cref="IConversationStore"/>) must be added as well.
    /// </summary>
    public static IServiceCollection AddBotCore(this IServiceCollection services)
    {
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotOptions>, BotOptionsValidator>());
        services.AddOptions<StateOptions>().BindConfiguration(StateOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StateOptions>, StateOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<BotMetrics>();
        services.TryAddSingleton<CommandCatalog>();
        services.TryAddSingleton<CommandParser>();
        services.TryAddSingleton<CommandList>();
        services.TryAddSingleton<IntentRouter>();
        services.TryAddSingleton<TurnProcessor>();
        services.TryAddSingleton<JobDispatcher>();
        services.TryAddSingleton<ReplicaIdentity>();
        services.AddOptions<ReplicaOptions>().BindConfiguration(ReplicaOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReplicaOptions>, ReplicaOptionsValidator>());
        services.TryAddSingleton<ConversationSequencer>();

        services.AddIntentHandler<InvalidInputHandler>();
        services.AddIntentHandler<CommandErrorHandler>();
        services.AddCommandHandler<HelpHandler>(HelpHandler.Definition);
        services.AddCommandHandler<LanguageHandler>(LanguageHandler.Definition);
        services.AddCommandHandler<ResetHandler>(ResetHandler.Definition);
        services.AddIntentHandler<FallbackHandler>();
        return services;
    }

    /// <summary>Adds a handler to the route table.</summary>
    public static IServiceCollection AddIntentHandler<THandler>(this IServiceCollection services)
        where THandler : class, IIntentHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IIntentHandler, THandler>());
        return services;
    }

    /// <summary>Adds a command to the catalog and its handler to the route table.</summary>
    public static IServiceCollection AddCommandHandler<THandler>(this IServiceCollection services, CommandDefinition command)
        where THandler : CommandHandler
    {
        services.AddSingleton(command);
        return services.AddIntentHandler<THandler>();
    }
}
