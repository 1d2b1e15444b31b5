using System.Globalization;
using System.Text;
using LlmTutorBot.Llm.Chat;
using LlmTutorBot.Llm.Prompts;
using LlmTutorBot.Llm.Usage;
using LlmTutorBot.YouTube.Chunking;
using LlmTutorBot.YouTube.LlmJobs;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.YouTube.Translations;

public sealed partial class LlmTranslationEngine
{
    // One chunk, asked again once for the lines its first answer missed; the lines still missing are left out.
    private async Task<(Dictionary<int, string> Answers, LlmUsage Cost)> TranslateChunkAsync(
        VideoTranscript original, CaptionChunk chunk, DataFence fence, string context, Glossary glossary, string targetLanguage, LlmBudgetScope? scope, CancellationToken cancellationToken)
    {
        var texts = chunk.Lines.Select(l => l.Text).ToList();
        var terms = glossary.For(texts);
        var request = ChunkRequest(fence, NumberedLines.Render(texts), context, terms, targetLanguage, chunk.Tokens) with { BudgetScope = scope };
        var first = await client.CompleteAsync(request, cancellationToken);
        var answers = NumberedLines.Parse(first.Text, texts.Count, out var decided);
        var cost = first.Usage;
        if (answers.Count < texts.Count)
        {
            VideoLlmLog.ChunkIncomplete(logger, chunk.Index + 1, VideoName(original), texts.Count - answers.Count, texts.Count, "first answer");
            var second = await client.CompleteAsync(request with { Temperature = 0 }, cancellationToken);
            cost += second.Usage;
            var again = NumberedLines.Parse(second.Text, texts.Count, out var decidedAgain);
            foreach (var (number, text) in again)
            {
                answers.TryAdd(number, text);
            }

            decided ??= decidedAgain;
            if (answers.Count < texts.Count)
            {
                VideoLlmLog.ChunkIncomplete(logger, chunk.Index + 1, VideoName(original), texts.Count - answers.Count, texts.Count, "second answer; kept in the original");
            }
        }

        if (decided is not null)
        {
            glossary.AddDecided(decided);
        }

        return (answers, cost);
    }

    private LlmRequest ChunkRequest(DataFence fence, string numbered, string context, string terms, string targetLanguage, int chunkTokens)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["nonce"] = fence.Nonce,
            ["language"] = PromptLanguage.Name(targetLanguage),
            ["glossary"] = terms.Length == 0 ? "-" : fence.Neutralize(terms),
            ["context"] = context,
            ["captions"] = fence.Wrap("CAPTIONS", null, numbered),
        };
        var maxOutput = Math.Min(_maxOutputTokens, (int)(chunkTokens * OutputPerInputToken) + TermsTokens);
        return VideoPrompt.Request("translation-chunk", "translation.chunk", maxOutput, values);
    }

    // The previous chunk's last lines and their translation, as read-only context; empty for the first chunk.
    private string Overlap(DataFence fence, List<CaptionLine> lines, string[] translated, int offset)
    {
        var count = Math.Min(_options.LlmTranslationOverlap, offset);
        if (count == 0)
        {
            return "";
        }

        var builder = new StringBuilder();
        for (var i = offset - count; i < offset; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{lines[i].Text} => {translated[i]}\n");
        }

        return "Already translated, context only (do not translate again):\n" + fence.Wrap("CONTEXT", null, builder.ToString().TrimEnd());
    }
}
