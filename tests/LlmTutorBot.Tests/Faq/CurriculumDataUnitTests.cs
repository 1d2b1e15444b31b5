using System.Text.Json;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Faq.Knowledge;
using LlmTutorBot.YouTube.Bundled;

namespace LlmTutorBot.Tests.Faq;

/// <summary>
/// The tutor's curriculum (Knowledge/Data/curriculum.json), read as shipped: entries written by the team in English
/// with French and Chinese translations of the same shape, phrasings in the three languages, and video moments that
/// point at the start of a sentence of the cleaned transcript.
/// </summary>
public sealed class CurriculumDataUnitTests
{
    private const string CleanedTranscript = "LlmTutorBot.YouTube.BundledSentences.osKyvYJ3PRM.sentences-en.json";

    private static readonly string[] SeedFiles = ["faq-fr.json", "video-zh.json"];

    private static readonly string[] Languages = ["en", "fr", "zh"];

    private static readonly List<JsonElement> Curriculum = Entries("curriculum.json");

    [Fact]
    public void The_curriculum_loads_whole_with_at_least_30_questions_in_declared_categories()
    {
        var knowledgeBase = KnowledgeBaseLoader.Load(null);
        var loaded = knowledgeBase.Entries.Where(e => e.Id.StartsWith("curriculum/", StringComparison.Ordinal)).ToList();

        Assert.DoesNotContain(knowledgeBase.Report.Rejected, r => r.Source.Contains("curriculum", StringComparison.Ordinal));
        Assert.True(loaded.Count >= 30, $"Only {loaded.Count} curriculum entries loaded.");
        Assert.Equal(Curriculum.Count, loaded.Count);
        Assert.All(loaded, e => Assert.Equal((EntryKind.Question, BotLanguage.En), (e.Kind, e.Language)));
        Assert.All(loaded, e => Assert.Equal(3, e.Category.Names.Count));
    }

    [Fact]
    public void Every_entry_is_written_in_english_and_translated_into_french_and_chinese_by_the_team()
    {
        var problems = new List<string>();

        foreach (var entry in Curriculum)
        {
            var id = entry.GetProperty("id").GetString();
            Check(id, "en", "title", entry.GetProperty("title").GetString(), problems);
            Check(id, "en", "answer", entry.GetProperty("answer").GetString(), problems);
            var translations = entry.GetProperty("translations");
            Assert.Equal(["fr", "zh"], translations.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
            foreach (var translation in translations.EnumerateObject())
            {
                Check(id, translation.Name, "title", translation.Value.GetProperty("title").GetString(), problems);
                Check(id, translation.Name, "answer", translation.Value.GetProperty("answer").GetString(), problems);
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void A_translation_keeps_the_paragraphs_list_items_and_bold_terms_of_the_english_answer()
    {
        foreach (var entry in Curriculum)
        {
            var answer = entry.GetProperty("answer").GetString()!;
            foreach (var translation in entry.GetProperty("translations").EnumerateObject())
            {
                Assert.True(
                    Shape(answer) == Shape(translation.Value.GetProperty("answer").GetString()!),
                    $"{entry.GetProperty("id").GetString()}: the {translation.Name} answer does not have the shape of the English one.");
            }
        }
    }

    [Fact]
    public void Every_english_answer_is_a_tutor_s_answer_of_60_to_150_words()
    {
        foreach (var entry in Curriculum)
        {
            var words = entry.GetProperty("answer").GetString()!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.True(words is >= 60 and <= 150, $"{entry.GetProperty("id").GetString()} has {words} words.");
        }
    }

    [Fact]
    public void Every_entry_has_four_to_six_distinct_phrasings_in_each_language_that_no_other_entry_uses()
    {
        var others = new HashSet<string>(
            SeedFiles.SelectMany(Entries).SelectMany(Phrasings),
            StringComparer.Ordinal);
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var entry in Curriculum)
        {
            var id = entry.GetProperty("id").GetString()!;
            foreach (var phrasing in Phrasings(entry).Distinct())
            {
                Assert.False(others.Contains(phrasing), $"{id}: \"{phrasing}\" is already a phrasing of a seed entry.");
                Assert.True(owners.TryAdd(phrasing, id), $"\"{phrasing}\" is a phrasing of both {owners.GetValueOrDefault(phrasing)} and {id}.");
            }

            foreach (var language in Languages)
            {
                var alternatives = entry.GetProperty("alternatives").GetProperty(language).EnumerateArray().Select(a => Normalize(a.GetString()!)).ToList();
                Assert.InRange(alternatives.Count, 4, 6);
                Assert.Equal(alternatives.Count, alternatives.Distinct().Count());
            }
        }
    }

    [Fact]
    public void A_video_moment_is_the_start_of_a_sentence_of_the_cleaned_transcript()
    {
        using var stream = typeof(BundledVideos).Assembly.GetManifestResourceStream(CleanedTranscript)!;
        using var cleaned = JsonDocument.Parse(stream);
        var starts = cleaned.RootElement.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("s").GetInt64() / 1000).ToHashSet();
        var moments = Curriculum.Where(e => e.TryGetProperty("moment", out _)).Select(e => (Id: e.GetProperty("id").GetString(), Moment: e.GetProperty("moment"))).ToList();

        Assert.True(moments.Count >= 20, $"Only {moments.Count} entries link to the video.");
        foreach (var (id, moment) in moments)
        {
            Assert.Equal("osKyvYJ3PRM", moment.GetProperty("videoId").GetString());
            Assert.True(starts.Contains(moment.GetProperty("seconds").GetInt64()), $"{id}: {moment.GetProperty("seconds").GetInt64()} s is not the start of a cleaned sentence.");
        }
    }

    private static void Check(string? id, string language, string field, string? text, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add($"{id}: the {language} {field} is missing");
        }
        else if (LanguageDetector.Detect(text)?.Code() != language)
        {
            problems.Add($"{id}: the {language} {field} is detected as {LanguageDetector.Detect(text)?.Code() ?? "unknown"}: {text}");
        }
    }

    private static (int Paragraphs, int Lines, int Items, int Bold) Shape(string text) => (
        text.Split("\n\n").Length,
        text.Split('\n').Length,
        text.Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal)),
        text.Split("**").Length - 1);

    private static IEnumerable<string> Phrasings(JsonElement entry)
    {
        var alternatives = entry.TryGetProperty("alternatives", out var byLanguage)
            ? byLanguage.EnumerateObject().SelectMany(p => p.Value.EnumerateArray().Select(a => a.GetString() ?? ""))
            : [];
        return alternatives.Append(entry.GetProperty("title").GetString() ?? "").Select(Normalize).Where(p => p.Length > 0);
    }

    private static string Normalize(string phrasing) =>
        new string([.. phrasing.ToLowerInvariant().Where(char.IsLetterOrDigit)]);

    private static List<JsonElement> Entries(string file)
    {
        using var stream = typeof(KnowledgeBase).Assembly.GetManifestResourceStream($"Knowledge/{file}")
            ?? throw new InvalidOperationException($"Knowledge/{file} is not embedded in the FAQ assembly.");
        using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return [.. document.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.Clone())];
    }
}
