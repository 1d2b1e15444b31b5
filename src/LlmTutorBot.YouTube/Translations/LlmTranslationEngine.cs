using LlmTutorBot.Llm.Chat;
using LlmTutorBot.Llm.Hosting;
using LlmTutorBot.Llm.Prompts;
using LlmTutorBot.Llm.Usage;
using LlmTutorBot.YouTube.Chunking;
using LlmTutorBot.YouTube.Hosting;
using LlmTutorBot.YouTube.LlmJobs;
using LlmTutorBot.YouTube.Transcripts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.YouTube.Translations;

/// <summary>
/// A translation by the LLM of any transcript (attachments included), chunk by chunk: numbered lines in, the same
/// numbers out, the previous chunk's last lines as read-only context and a glossary keeping LLM terms consistent;
/// reassembled on the original timings and cached. A chunk whose answer misses lines is asked again once, then those
/// lines stay in the original language with a note. Throws <see cref="LlmUnavailableException"/> when the provider
/// cannot answer, so the caller can fall back.
/// </summary>
public sealed partial class LlmTranslationEngine(
    ILlmClient client,
    LlmResultCache cache,
    IOptions<YouTubeOptions> options,
    IOptions<LlmOptions> llmOptions,
    ILogger<LlmTranslationEngine> logger) : ITranslationEngine
{
    /// <summary>Captions are joined into one numbered line until it has this many words (a fragment alone translates badly).</summary>
    internal const int LineWords = 10;

    internal const int LineCaptions = 3;

    // A translation takes about as many tokens as its source; accented text takes a little more.
    private const double OutputPerInputToken = 1.5;

    // Room in the answer for the TERMS line.
    private const int TermsTokens = 200;

    private const int Margin = 64;

    private static readonly string PromptVersion = VideoPrompt.Version("translation-chunk");

    private readonly YouTubeOptions _options = options.Value;

    // The client caps every answer at Llm:MaxOutputTokens: a chunk's translation must fit in it, or it is cut short.
    private readonly int _maxOutputTokens = llmOptions.Value.MaxOutputTokens;

    public string Name => "llm";

    public async Task<TranscriptResult> TranslateAsync(VideoTranscript original, string targetLanguage, VideoJobProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(progress);
        var provider = client.Provider;
        var model = provider.Model;
        var name = VideoName(original);
        var key = cache.Key("translation", original, targetLanguage, model, PromptVersion);
        if (await cache.GetTranslationAsync(key) is { } cached)
        {
            VideoLlmLog.Cached(logger, "translation", name, targetLanguage);
            return TranscriptResult.Ok(cached with { Llm = LlmJobReport.Cached(provider) });
        }

        var segments = original.Transcript.Segments;
        // Automatic captions go to the model as rebuilt sentences; captions written by people keep their own lines.
        var lines = (original.Transcript.Source == TranscriptSource.AutoCaptions ? CaptionChunker.SentenceLines(segments) : null)
            ?? CaptionChunker.TranslationLines(segments, LineWords, LineCaptions);
        var chunks = CaptionChunker.Chunk(lines, CountedForm, client.CountTokens, Budget(targetLanguage));
        var glossary = Glossary.For(targetLanguage);
        var fence = DataFence.Create();
        var translated = new string[lines.Count];
        var usage = LlmUsage.None;
        var fallbackCaptions = 0;
        var offset = 0;
        foreach (var chunk in chunks)
        {
            await progress.ChunkAsync(chunk.Index + 1, chunks.Count, cancellationToken);
            var context = Overlap(fence, lines, translated, offset);
            var (answers, cost) = await TranslateChunkAsync(original, chunk, fence, context, glossary, targetLanguage, progress.BudgetScope, cancellationToken);
            usage += cost;
            for (var i = 0; i < chunk.Lines.Count; i++)
            {
                if (answers.TryGetValue(i + 1, out var text))
                {
                    translated[offset + i] = text;
                }
                else
                {
                    translated[offset + i] = chunk.Lines[i].Text;
                    fallbackCaptions += chunk.Lines[i].Count;
                }
            }

            offset += chunk.Lines.Count;
        }

        var result = original with
        {
            Transcript = new Transcript
            {
                Language = targetLanguage,
                Source = TranscriptSource.LlmTranslation,
                TimingsEstimated = original.Transcript.TimingsEstimated,
                TranslatedFrom = original.Transcript.Language,
                Segments = Reassemble(segments, lines, translated),
            },
            FromCache = false,
            Notes = [],
        };
        if (fallbackCaptions == 0)
        {
            await cache.SetTranslationAsync(key, result);
        }

        VideoLlmLog.JobCost(logger, "translation", name, targetLanguage, model, usage.Calls, usage.InputTokens, usage.OutputTokens, chunks.Count);
        return TranscriptResult.Ok(result with { Llm = new LlmJobReport(provider, usage) { FallbackLines = fallbackCaptions } });
    }

    /// <summary>Each caption keeps its timing; a joined line's translation is shared out over its captions.</summary>
    internal static List<TranscriptSegment> Reassemble(IReadOnlyList<TranscriptSegment> segments, IReadOnlyList<CaptionLine> lines, IReadOnlyList<string> translated)
    {
        var result = new List<TranscriptSegment>(segments.Count);
        for (var l = 0; l < lines.Count; l++)
        {
            var line = lines[l];
            var sources = Enumerable.Range(line.First, line.Count).Select(i => segments[i].Text).ToList();
            var parts = NumberedLines.Distribute(translated[l], sources);
            for (var k = 0; k < line.Count; k++)
            {
                var segment = segments[line.First + k];
                result.Add(segment with { Text = parts[k] });
            }
        }

        return result;
    }

    /// <summary>
    /// Transcript tokens one call may carry: the configured size, bounded by the context less the prompt, the
    /// glossary and overlap and an answer half as long again, and by the longest answer the client allows.
    /// </summary>
    internal int Budget(string targetLanguage)
    {
        var empty = ChunkRequest(DataFence.Create(), "", "", "", targetLanguage, 0);
        var overhead = client.CountTokens(empty.System) + client.CountTokens(empty.User) + Margin + 400;
        var room = (int)Math.Min(
            (client.Provider.ContextTokens - overhead - TermsTokens) / (1 + OutputPerInputToken),
            (_maxOutputTokens - TermsTokens) / OutputPerInputToken);
        if (room < 100)
        {
            throw new LlmUnavailableException($"The model's context ({client.Provider.ContextTokens} tokens) or Llm:MaxOutputTokens ({_maxOutputTokens}) is too small for a translation.");
        }

        return Math.Min(_options.LlmTranslationChunkTokens, room);
    }

    // A line as counted for the budget: the real number is assigned per chunk and takes about as many tokens.
    private static string CountedForm(CaptionLine line) => "99 " + line.Text;

    private static string VideoName(VideoTranscript video) =>
        video.Transcript.Source == TranscriptSource.Attachment ? "an attached file" : video.Metadata.Id.Value;
}
