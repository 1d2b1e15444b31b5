using System.Text.Json;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Faq.Knowledge;

namespace LlmTutorBot.Tests.Faq;

/// <summary>
/// The team's translations stored beside each curated entry of the built-in knowledge-base files, read straight from the
/// shipped JSON (not through the loader): every entry carries both other languages, each text is in the language it
/// claims, and a translation keeps the original's shape (paragraphs, list items, bold terms, a takeaway's emoji).
/// </summary>
public sealed class KnowledgeBaseTranslationsUnitTests
{
    public static TheoryData<string> CuratedFiles => new() { "faq-fr.json", "video-zh.json" };

    [Theory]
    [MemberData(nameof(CuratedFiles))]
    public void Every_curated_entry_has_a_title_and_an_answer_in_both_other_languages(string file)
    {
        var problems = new List<string>();
        var entries = Entries(file);

        foreach (var entry in entries)
        {
            var id = entry.GetProperty("id").GetString();
            var original = entry.GetProperty("language").GetString();
            if (!entry.TryGetProperty("translations", out var translations))
            {
                problems.Add($"{id}: no translations");
                continue;
            }

            var languages = translations.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
            var expected = BotLanguages.All.Select(l => l.Code()).Where(c => c != original).ToList();
            if (!languages.SequenceEqual(expected))
            {
                problems.Add($"{id}: translations in [{string.Join(", ", languages)}], expected [{string.Join(", ", expected)}]");
            }

            foreach (var translation in translations.EnumerateObject())
            {
                foreach (var field in new[] { "title", "answer" })
                {
                    if (!translation.Value.TryGetProperty(field, out var text) || string.IsNullOrWhiteSpace(text.GetString()))
                    {
                        problems.Add($"{id}: the {translation.Name} {field} is missing or empty");
                    }
                }
            }
        }

        Assert.NotEmpty(entries);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(CuratedFiles))]
    public void Every_translated_title_and_answer_is_detected_as_the_language_it_is_stored_under(string file)
    {
        var problems = new List<string>();

        foreach (var (id, language, field, text) in TranslatedTexts(file))
        {
            var detected = LanguageDetector.Detect(text);
            if (detected?.Code() != language)
            {
                problems.Add($"{id}: the {language} {field} is detected as {detected?.Code() ?? "unknown"}: {text}");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(CuratedFiles))]
    public void A_translation_keeps_the_paragraphs_list_items_and_bold_terms_of_its_original(string file)
    {
        var problems = new List<string>();

        foreach (var entry in Entries(file))
        {
            var id = entry.GetProperty("id").GetString();
            var answer = entry.GetProperty("answer").GetString()!;
            foreach (var translation in entry.GetProperty("translations").EnumerateObject())
            {
                var translated = translation.Value.GetProperty("answer").GetString()!;
                if (Shape(translated) != Shape(answer))
                {
                    problems.Add($"{id}: the {translation.Name} answer has the shape {Shape(translated)}, the original {Shape(answer)}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void A_translated_takeaway_keeps_the_emoji_of_its_original()
    {
        var takeaways = Entries("video-zh.json").Where(e => e.GetProperty("kind").GetString() == "takeaway").ToList();

        Assert.Equal(12, takeaways.Count);
        foreach (var takeaway in takeaways)
        {
            var emoji = takeaway.GetProperty("title").GetString()!.Split(' ')[0];
            foreach (var translation in takeaway.GetProperty("translations").EnumerateObject())
            {
                Assert.StartsWith(emoji + " ", translation.Value.GetProperty("title").GetString(), StringComparison.Ordinal);
                Assert.StartsWith(emoji + " ", translation.Value.GetProperty("answer").GetString(), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void The_video_summary_and_every_keyword_are_translated_into_english_and_french()
    {
        using var document = Read("video-zh.json");
        var video = document.RootElement.GetProperty("video");
        var keywords = video.GetProperty("keywords").GetArrayLength();
        var translations = video.GetProperty("translations");

        Assert.Equal(["en", "fr"], translations.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        foreach (var translation in translations.EnumerateObject())
        {
            var tldr = translation.Value.GetProperty("tldr").GetString();
            Assert.Equal(translation.Name, LanguageDetector.Detect(tldr)?.Code());
            var translatedKeywords = translation.Value.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()).ToList();
            Assert.Equal(keywords, translatedKeywords.Count);
            Assert.All(translatedKeywords, k => Assert.False(string.IsNullOrWhiteSpace(k)));
        }
    }

    [Theory]
    [MemberData(nameof(CuratedFiles))]
    public void The_source_line_says_the_translations_are_the_team_s_checked_against_the_original(string file)
    {
        using var document = Read(file);
        var source = document.RootElement.GetProperty("source").GetString();

        Assert.Contains("written by the team", source, StringComparison.Ordinal);
        Assert.Contains("checked against the original", source, StringComparison.Ordinal);
    }

    private static (int Paragraphs, int Lines, int Items, int Bold) Shape(string text) => (
        text.Split("\n\n").Length,
        text.Split('\n').Length,
        text.Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal)),
        text.Split("**").Length - 1);

    private static IEnumerable<(string? Id, string Language, string Field, string? Text)> TranslatedTexts(string file)
    {
        foreach (var entry in Entries(file))
        {
            var id = entry.GetProperty("id").GetString();
            foreach (var translation in entry.GetProperty("translations").EnumerateObject())
            {
                yield return (id, translation.Name, "title", translation.Value.GetProperty("title").GetString());
                yield return (id, translation.Name, "answer", translation.Value.GetProperty("answer").GetString());
            }
        }
    }

    private static List<JsonElement> Entries(string file)
    {
        using var document = Read(file);
        return [.. document.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.Clone())];
    }

    /// <summary>The file as shipped: embedded in the FAQ assembly under the name the loader reads.</summary>
    private static JsonDocument Read(string file)
    {
        using var stream = typeof(KnowledgeBase).Assembly.GetManifestResourceStream($"Knowledge/{file}")
            ?? throw new InvalidOperationException($"Knowledge/{file} is not embedded in the FAQ assembly.");
        return JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
    }
}
