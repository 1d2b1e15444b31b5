using LlmTutorBot.Faq;
using LlmTutorBot.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Tests.Faq;

/// <summary>What the knowledge base's load says in the log about missing translations.</summary>
public sealed class FaqLibraryLogTests
{
    [Fact]
    public void One_log_line_lists_the_entries_that_lack_a_language_and_which()
    {
        using var folder = new TemporaryFolder("llmtutorbot-kb-");
        folder.Write("course.json", """
            {
              "format": "llmtutorbot-knowledge-base/1",
              "categories": [{ "id": "course", "names": { "en": "Our course", "fr": "Notre cours", "zh": "我们的课程" } }],
              "entries": [
                { "id": "course/rlhf", "kind": "question", "language": "en", "category": "course",
                  "title": "What is RLHF?", "answer": "Reinforcement learning from human feedback.",
                  "translations": { "fr": { "title": "C'est quoi le RLHF ?", "answer": "L'apprentissage par renforcement à partir de retours humains." } } },
                { "id": "course/token", "kind": "question", "language": "fr", "category": "course",
                  "title": "C'est quoi un token ?", "answer": "Un morceau de mot." }
              ]
            }
            """);
        var logs = new ScopeCapturingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        using var library = new FaqLibrary(Options.Create(new FaqOptions { ExtraDirectory = folder.Path }), factory.CreateLogger<FaqLibrary>());

        Assert.NotNull(library.KnowledgeBase.Find("course/token"));

        var line = Assert.Single(logs.Lines, l => l.Contains("lack a translation", StringComparison.Ordinal));
        Assert.Contains("2 entries", line, StringComparison.Ordinal);
        Assert.Contains("course/rlhf (zh)", line, StringComparison.Ordinal);
        Assert.Contains("course/token (en, zh)", line, StringComparison.Ordinal);
    }
}
