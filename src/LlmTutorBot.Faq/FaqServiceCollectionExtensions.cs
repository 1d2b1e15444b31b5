using LlmTutorBot.Core;
using LlmTutorBot.Core.Caching;
using LlmTutorBot.Faq.Answering;
using LlmTutorBot.Faq.Grounding;
using LlmTutorBot.Faq.Handlers;
using LlmTutorBot.Llm.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Faq;

public static class FaqServiceCollectionExtensions
{
    /// <summary>
    /// The FAQ tutor: the knowledge base (built in, plus Faq:ExtraDirectory), /ask, /faq and plain questions, answered
    /// by the LLM from the knowledge base when Llm:Provider is set (AddLlm is added if it was not).
    /// </summary>
    public static IServiceCollection AddFaq(this IServiceCollection services)
    {
        services.AddOptions<FaqOptions>().BindConfiguration(FaqOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FaqOptions>, FaqOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<FaqLibrary>();
        services.TryAddSingleton<FaqResponder>();
        services.TryAddSingleton<FaqQuestions>();
        services.AddLlm();
        services.AddBotCache(GroundingJsonContext.Default);
        services.TryAddSingleton<FaqAnswerCache>();
        services.TryAddSingleton<FaqSemanticRanker>();
        services.TryAddSingleton<FaqGroundedAnswerer>();
        services.AddCommandHandler<AskHandler>(AskHandler.Definition);
        services.AddCommandHandler<FaqListHandler>(FaqListHandler.Definition);
        services.AddIntentHandler<FaqQuestionHandler>();
        services.AddHostedService<FaqStartup>();
        return services;
    }

    /// <summary>Loads and indexes the knowledge base while the host starts, so the first question waits for nothing.</summary>
    private sealed class FaqStartup(FaqLibrary library) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            _ = library.Index;
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
