using System.Diagnostics;
using System.Text.Json;
using LlmTutorBot.Core.Languages;

namespace LlmTutorBot.Faq.Knowledge;

/// <summary>
/// Reads the built-in knowledge base (embedded in this assembly) and then every *.json file of an extra folder,
/// in name order. A file that does not parse is rejected whole; an entry that breaks a rule is rejected alone.
/// Built-in ids cannot be overridden.
/// </summary>
public static class KnowledgeBaseLoader
{
    public const string Format = "llmtutorbot-knowledge-base/1";

    private const int MaxAnswerLength = 20_000;
    private const int MaxSeconds = 24 * 3600;
    private const long MaxFileBytes = 10 * 1024 * 1024;

    public static KnowledgeBase Load(string? extraDirectory)
    {
        var stopwatch = Stopwatch.StartNew();
        var state = new LoadState();
        var assembly = typeof(KnowledgeBaseLoader).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Knowledge/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            state.AddFile($"built-in {resource["Knowledge/".Length..]}", stream);
        }

        if (!string.IsNullOrWhiteSpace(extraDirectory))
        {
            LoadDirectory(state, extraDirectory);
        }

        var missing = state.Entries
            .Where(e => e.Kind != EntryKind.Passage)
            .Select(e => new MissingTranslation(e.Id, [.. BotLanguages.All.Where(l => !e.Speaks(l))]))
            .Where(m => m.Languages.Count > 0)
            .ToList();
        return new KnowledgeBase(
            state.Entries,
            state.Categories,
            new KnowledgeBaseLoadReport(state.Loaded, state.Rejected, stopwatch.Elapsed) { MissingTranslations = missing });
    }

    private static void LoadDirectory(LoadState state, string directory)
    {
        if (!Directory.Exists(directory))
        {
            state.Rejected.Add(new RejectedItem(directory, null, "the folder does not exist"));
            return;
        }

        foreach (var path in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                var info = new FileInfo(path);
                if (info.Length > MaxFileBytes)
                {
                    state.Rejected.Add(new RejectedItem(path, null, $"the file is larger than {MaxFileBytes / 1024 / 1024} MB"));
                    continue;
                }

                using var stream = File.OpenRead(path);
                state.AddFile(path, stream);
            }
            catch (IOException exception)
            {
                state.Rejected.Add(new RejectedItem(path, null, $"the file cannot be read: {exception.Message}"));
            }
            catch (UnauthorizedAccessException exception)
            {
                state.Rejected.Add(new RejectedItem(path, null, $"the file cannot be read: {exception.Message}"));
            }
        }
    }

    private sealed class LoadState
    {
        private readonly Dictionary<string, KnowledgeCategory> _categories = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _sourceOfId = new(StringComparer.OrdinalIgnoreCase);

        public List<KnowledgeEntry> Entries { get; } = [];

        public List<KnowledgeCategory> Categories { get; } = [];

        public List<LoadedSource> Loaded { get; } = [];

        public List<RejectedItem> Rejected { get; } = [];

        public void AddFile(string source, Stream stream)
        {
            KnowledgeBaseFile? file;
            try
            {
                file = JsonSerializer.Deserialize(stream, KnowledgeBaseJsonContext.Default.KnowledgeBaseFile);
            }
            catch (JsonException exception)
            {
                Rejected.Add(new RejectedItem(source, null, $"not valid JSON ({exception.Message})"));
                return;
            }

            if (file is null || file.Format != Format)
            {
                Rejected.Add(new RejectedItem(source, null, $"\"format\" must be \"{Format}\""));
                return;
            }

            foreach (var category in file.Categories ?? [])
            {
                AddCategory(source, category);
            }

            var before = Entries.Count;
            foreach (var entry in file.Entries ?? [])
            {
                var error = AddEntry(source, entry);
                if (error is not null)
                {
                    Rejected.Add(new RejectedItem(source, entry.Id, error));
                }
            }

            Loaded.Add(new LoadedSource(source, Entries.Count - before));
        }

        private void AddCategory(string source, CategoryRecord record)
        {
            var names = new Dictionary<BotLanguage, string>();
            foreach (var (code, name) in record.Names ?? new Dictionary<string, string>())
            {
                if (BotLanguages.TryParse(code, out var language) && !string.IsNullOrWhiteSpace(name))
                {
                    names[language.Value] = name.Trim();
                }
            }

            if (string.IsNullOrWhiteSpace(record.Id) || names.Count == 0)
            {
                Rejected.Add(new RejectedItem(source, record.Id, "a category needs an \"id\" and at least one name in en, fr or zh"));
                return;
            }

            if (_categories.ContainsKey(record.Id))
            {
                return;
            }

            var category = new KnowledgeCategory(record.Id, names);
            _categories[record.Id] = category;
            Categories.Add(category);
        }

        private string? AddEntry(string source, EntryRecord record)
        {
            if (string.IsNullOrWhiteSpace(record.Id))
            {
                return "an entry needs an \"id\"";
            }

            if (_sourceOfId.TryGetValue(record.Id, out var earlier))
            {
                return $"the id is already used by {earlier}";
            }

            if (!Enum.TryParse<EntryKind>(record.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
            {
                return "\"kind\" must be question, takeaway, highlight or passage";
            }

            if (!BotLanguages.TryParse(record.Language, out var language))
            {
                return "\"language\" must be en, fr or zh";
            }

            if (record.Category is null || !_categories.TryGetValue(record.Category, out var category))
            {
                return $"the category \"{record.Category}\" is not declared in \"categories\"";
            }

            if (string.IsNullOrWhiteSpace(record.Title) || string.IsNullOrWhiteSpace(record.Answer))
            {
                return "an entry needs a \"title\" (the question, verbatim) and an \"answer\"";
            }

            if (record.Answer.Length > MaxAnswerLength)
            {
                return $"the answer is longer than {MaxAnswerLength:N0} characters";
            }

            var alternatives = new Dictionary<BotLanguage, IReadOnlyList<string>>();
            foreach (var (code, phrasings) in record.Alternatives ?? new Dictionary<string, IReadOnlyList<string>>())
            {
                if (!BotLanguages.TryParse(code, out var alternativeLanguage))
                {
                    return $"alternatives in \"{code}\": only en, fr and zh are read";
                }

                alternatives[alternativeLanguage.Value] = [.. phrasings.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim())];
            }

            var position = record.Position is { FirstLine: > 0 } p && p.LastLine >= p.FirstLine ? new PassagePosition(p.FirstLine, p.LastLine) : null;
            var id = record.Id.Trim();
            Entries.Add(new KnowledgeEntry(id, kind, language.Value, category, record.Title.Trim(), record.Answer.Trim(), alternatives, position)
            {
                Translations = Translations(source, id, language.Value, record.Translations),
                Moment = Moment(source, id, record.Moment),
                TeamNotes = TeamNotes(source, id, record.TeamNote),
            });
            _sourceOfId[record.Id] = source;
            return null;
        }

        /// <summary>
        /// The usable translations: a language other than the entry's own, with a title and an answer. The others are
        /// reported and left out, so the entry still loads and answers in its original language there.
        /// </summary>
        private Dictionary<BotLanguage, EntryTranslation> Translations(
            string source, string id, BotLanguage original, IReadOnlyDictionary<string, TranslationRecord?>? records)
        {
            var translations = new Dictionary<BotLanguage, EntryTranslation>();
            foreach (var (code, record) in records ?? new Dictionary<string, TranslationRecord?>())
            {
                if (!BotLanguages.TryParse(code, out var language))
                {
                    Rejected.Add(new RejectedItem(source, id, $"the translation into \"{code}\" is ignored: only en, fr and zh are read"));
                }
                else if (language == original)
                {
                    Rejected.Add(new RejectedItem(source, id, $"the translation into \"{code}\" is ignored: it is the entry's own language (title and answer are the original)"));
                }
                else if (string.IsNullOrWhiteSpace(record?.Title) || string.IsNullOrWhiteSpace(record.Answer))
                {
                    Rejected.Add(new RejectedItem(source, id, $"the translation into \"{code}\" is ignored: it needs a \"title\" and an \"answer\""));
                }
                else if (record.Answer.Length > MaxAnswerLength)
                {
                    Rejected.Add(new RejectedItem(source, id, $"the translation into \"{code}\" is ignored: its answer is longer than {MaxAnswerLength:N0} characters"));
                }
                else
                {
                    translations[language.Value] = new EntryTranslation(record.Title.Trim(), record.Answer.Trim());
                }
            }

            return translations;
        }

        private Dictionary<BotLanguage, string> TeamNotes(string source, string id, IReadOnlyDictionary<string, string?>? records)
        {
            var notes = new Dictionary<BotLanguage, string>();
            foreach (var (code, note) in records ?? new Dictionary<string, string?>())
            {
                if (!BotLanguages.TryParse(code, out var language) || string.IsNullOrWhiteSpace(note))
                {
                    Rejected.Add(new RejectedItem(source, id, $"the team note in \"{code}\" is ignored: it needs one of en, fr, zh and a text"));
                }
                else
                {
                    notes[language.Value] = note.Trim();
                }
            }

            return notes;
        }

        private VideoMoment? Moment(string source, string id, MomentRecord? record)
        {
            if (record is null)
            {
                return null;
            }

            if (record.VideoId is not { Length: 11 } videoId || !videoId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
                || record.Seconds is not { } seconds || seconds < 0 || seconds > MaxSeconds)
            {
                Rejected.Add(new RejectedItem(source, id, "the \"moment\" is ignored: it needs a YouTube \"videoId\" (11 characters) and \"seconds\" from 0 to 86400"));
                return null;
            }

            return new VideoMoment(videoId, seconds);
        }
    }
}
