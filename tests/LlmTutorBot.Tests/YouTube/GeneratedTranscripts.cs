using LlmTutorBot.YouTube.Links;
using LlmTutorBot.YouTube.Player;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.Tests.YouTube;

/// <summary>Long transcripts made up for tests: a caption every 2.5 s of 6 to 9 lecture-like words, reproducible.</summary>
internal static class GeneratedTranscripts
{
    private static readonly string[] Words =
    [
        "the", "model", "learns", "tokens", "from", "text", "and", "attention", "weights", "each", "word", "in", "context", "so", "we",
        "train", "on", "data", "with", "a", "loss", "that", "measures", "prediction", "error", "embedding", "vectors", "fine-tuning", "prompt", "layers",
    ];

    public static VideoTranscript Of(TimeSpan length, string id = "gen3hours00", int seed = 7)
    {
        var random = new Random(seed);
        var step = TimeSpan.FromMilliseconds(2500);
        var segments = new List<TranscriptSegment>();
        for (var t = TimeSpan.Zero; t < length; t += step)
        {
            var words = Enumerable.Range(0, random.Next(6, 10)).Select(_ => Words[random.Next(Words.Length)]);
            segments.Add(new TranscriptSegment(t, step, string.Join(' ', words)));
        }

        var transcript = new Transcript { Language = "en", Source = TranscriptSource.Captions, Segments = segments };
        return new VideoTranscript(new VideoMetadata(VideoId.Parse(id), "A long lecture", "Test channel", length), transcript);
    }

    /// <summary>A short transcript from the given texts, one caption every 5 s.</summary>
    public static VideoTranscript FromTexts(params string[] texts)
    {
        var step = TimeSpan.FromSeconds(5);
        var segments = texts.Select((text, i) => new TranscriptSegment(step * i, step, text)).ToList();
        var transcript = new Transcript { Language = "en", Source = TranscriptSource.Captions, Segments = segments };
        return new VideoTranscript(new VideoMetadata(VideoId.Parse("shortvideo1"), "A short video", null, step * texts.Length), transcript);
    }
}
