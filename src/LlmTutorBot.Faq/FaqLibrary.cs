using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Faq.Answering;
using LlmTutorBot.Faq.Retrieval;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Faq;

/// <summary>
/// The loaded knowledge base and its index, built once (at start-up in the web host, on first use in the CLI),
/// with the load report logged: what was loaded from where, and what was rejected and why.
/// </summary>
public sealed class FaqLibrary : IDisposable
{
    private readonly Lazy<(Knowledge.KnowledgeBase KnowledgeBase, FaqIndex Index)> _loaded;
    private readonly FaqOptions _options;
    private readonly Lazy<string> _version;

    public FaqLibrary(IOptions<FaqOptions> options, ILogger<FaqLibrary> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _loaded = new(() =>
        {
            var started = Stopwatch.GetTimestamp();
            var knowledgeBase = Knowledge.KnowledgeBaseLoader.Load(_options.ExtraDirectory);
            var index = new FaqIndex(knowledgeBase);
            FaqLog.Loaded(logger, knowledgeBase.Entries.Count, knowledgeBase.Report.Loaded.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            foreach (var source in knowledgeBase.Report.Loaded)
            {
                FaqLog.LoadedSource(logger, source.Name, source.Entries);
            }

            foreach (var rejected in knowledgeBase.Report.Rejected)
            {
                FaqLog.Rejected(logger, rejected.Source, rejected.EntryId ?? "(whole file)", rejected.Reason);
            }

            if (knowledgeBase.Report.MissingTranslations is { Count: > 0 } missing)
            {
                // One line: "faq-fr/x (en, zh); video-zh/y (fr)".
                var list = string.Join("; ", missing.Select(m => $"{m.EntryId} ({string.Join(", ", m.Languages.Select(l => l.Code()))})"));
                FaqLog.MissingTranslations(logger, missing.Count, list);
            }

            return (knowledgeBase, index);
        });
        _version = new(() =>
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            foreach (var entry in KnowledgeBase.Entries)
            {
                hash.AppendData(Encoding.UTF8.GetBytes($"{entry.Id}\u0001{entry.Title}\u0001{entry.Answer}\u0002"));
            }

            return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
        });
    }

    public Knowledge.KnowledgeBase KnowledgeBase => _loaded.Value.KnowledgeBase;

    public FaqIndex Index => _loaded.Value.Index;

    /// <summary>A hash of every entry's id, question and answer: cached model answers are keyed by it.</summary>
    public string Version => _version.Value;

    /// <summary>Searches and decides with the configured thresholds.</summary>
    public FaqDecision Decide(string question) => FaqDecision.From(Index.Search(question), _options);

    public void Dispose()
    {
        if (_loaded.IsValueCreated)
        {
            _loaded.Value.Index.Dispose();
        }
    }
}
