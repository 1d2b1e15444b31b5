using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace LlmTutorBot.Benchmarks;

/// <summary>
/// A generated 3-hour caption track shaped like automatic captions (a caption every 2.5 s, 6–9 words from a
/// lecture-like vocabulary, word parts in srv3 and json3), as bodies YouTube's timedtext endpoint would send.
/// </summary>
internal static class LongTranscript
{
    public static readonly TimeSpan Length = TimeSpan.FromHours(3);

    private const int StepMs = 2500;

    private static readonly string[] Vocabulary = BuildVocabulary();

    public static List<(long StartMs, long DurationMs, string[] Words)> Captions()
    {
        var random = new Random(42);
        var captions = new List<(long, long, string[])>();
        for (long t = 0; t < Length.TotalMilliseconds; t += StepMs)
        {
            // A topic drifts every ten minutes, so sections differ as in a real lecture.
            var topic = (int)(t / 600_000) * 37;
            var words = Enumerable.Range(0, random.Next(6, 10))
                .Select(_ => random.NextDouble() < 0.45 ? Vocabulary[random.Next(0, 60)] : Vocabulary[60 + ((topic + random.Next(0, 80)) % (Vocabulary.Length - 60))])
                .ToArray();
            captions.Add((t, StepMs, words));
        }

        return captions;
    }

    public static string Srv3(List<(long StartMs, long DurationMs, string[] Words)> captions)
    {
        var builder = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\" ?><timedtext format=\"3\">\n<head><wp id=\"0\" ap=\"7\" ah=\"0\" av=\"0\" rc=\"2\" cc=\"32\"/></head>\n<body>\n");
        foreach (var (start, duration, words) in captions)
        {
            builder.Append(CultureInfo.InvariantCulture, $"<p t=\"{start}\" d=\"{duration}\" w=\"1\">");
            for (var i = 0; i < words.Length; i++)
            {
                builder.Append(CultureInfo.InvariantCulture, $"<s t=\"{i * 250}\" ac=\"0\">{WebUtility.HtmlEncode((i > 0 ? " " : "") + words[i])}</s>");
            }

            builder.Append("</p>\n");
        }

        return builder.Append("</body>\n</timedtext>\n").ToString();
    }

    public static string Json3(List<(long StartMs, long DurationMs, string[] Words)> captions)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("wireMagic", "pb3");
            json.WriteStartArray("events");
            foreach (var (start, duration, words) in captions)
            {
                json.WriteStartObject();
                json.WriteNumber("tStartMs", start);
                json.WriteNumber("dDurationMs", duration);
                json.WriteNumber("wWinId", 1);
                json.WriteStartArray("segs");
                for (var i = 0; i < words.Length; i++)
                {
                    json.WriteStartObject();
                    json.WriteString("utf8", (i > 0 ? " " : "") + words[i]);
                    json.WriteNumber("tOffsetMs", i * 250);
                    json.WriteNumber("acAsrConf", 0);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteStartObject();
                json.WriteNumber("tStartMs", start + duration);
                json.WriteNumber("wWinId", 1);
                json.WriteNumber("aAppend", 1);
                json.WriteStartArray("segs");
                json.WriteStartObject();
                json.WriteString("utf8", "\n");
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string[] BuildVocabulary()
    {
        string[] common = ["the", "and", "of", "to", "a", "in", "is", "that", "it", "you", "we", "this", "so", "for", "on", "are", "with", "as", "be", "can",
            "they", "have", "what", "if", "or", "but", "at", "from", "just", "how", "when", "all", "not", "there", "more", "one", "about", "which", "then", "now",
            "like", "really", "very", "going", "think", "know", "because", "them", "their", "these", "some", "into", "also", "would", "get", "make", "way", "right", "let's", "okay"];
        string[] topics = ["attention", "tokens", "embedding", "vectors", "training", "dataset", "fine-tuning", "transformer", "layers", "weights", "gradient",
            "loss", "inference", "context", "window", "prompt", "retrieval", "generation", "bias", "safety", "alignment", "reward", "model", "parameters",
            "hardware", "GPU", "memory", "latency", "distillation", "quantization", "evaluation", "benchmark", "perplexity", "reasoning", "chain", "thought",
            "agents", "tools", "search", "database", "index", "chunk", "summary", "translation", "language", "speech", "vision", "image", "video", "audio",
            "multimodal", "encoder", "decoder", "softmax", "probability", "sampling", "temperature", "beam", "greedy", "vocabulary", "tokenizer", "byte",
            "pair", "encoding", "positional", "rotary", "scaling", "laws", "compute", "optimal", "chinchilla", "mixture", "experts", "routing", "sparse",
            "dense", "cache", "key", "value", "query", "heads", "residual", "normalization", "dropout", "overfitting", "regularization", "epoch", "batch",
            "learning", "rate", "schedule", "warmup", "optimizer", "adam", "momentum", "checkpoint", "deployment", "serving", "throughput", "cost", "energy",
            "copyright", "ethics", "hallucination", "grounding", "citation", "feedback", "human", "preference", "instruction", "following", "chat", "assistant"];
        return [.. common, .. topics];
    }
}
