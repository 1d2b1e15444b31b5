using System.Globalization;
using System.Text;
using System.Text.Json;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Core.Routing;
using LlmTutorBot.Faq.Knowledge;
using LlmTutorBot.Faq.Retrieval;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Faq.Answering;

/// <summary>
/// Turns a question into a reply: the curated answer with its source when confident, "did you mean" with the best
/// three questions when unsure, a pointer to /help when out of scope. Remembers the topic for follow-ups and logs
/// what it could not answer.
/// </summary>
public sealed class FaqResponder(FaqLibrary library, IOptions<FaqOptions> options, TimeProvider time)
{
    public const string UnansweredLog = "faq-unanswered";
    private const string TopicPrefix = "faq:";

    private readonly FaqOptions _options = options.Value;

    public Reply Respond(TurnContext turn, string question) => Respond(turn, question, library.Decide(question));

    /// <summary>The embedded answer to a question already decided.</summary>
    public Reply Respond(TurnContext turn, string question, FaqDecision decision)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(decision);
        switch (decision.Verdict)
        {
            case FaqVerdict.Answer:
                return Entry(turn, decision.Best!.Entry, 1, decision.Best.Score);
            case FaqVerdict.DidYouMean:
                RecordUnanswered(turn, question, decision);
                return Suggestions(turn, FaqText.DidYouMean[turn.ReplyLanguage], decision.Hits);
            default:
                RecordUnanswered(turn, question, decision);
                turn.Changes.SetTopic(null);
                return Reply.Text(FaqText.OutOfScope[turn.ReplyLanguage]) with { Confident = false };
        }
    }

    /// <summary>
    /// Part <paramref name="part"/> (from 1) of an entry's answer in the reply language (the team's translation when
    /// there is one, else the original with a note), with the link to its moment of the video, its source and a
    /// "more" button.
    /// </summary>
    public Reply Entry(TurnContext turn, KnowledgeEntry entry, int part, double score)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(entry);
        var language = turn.ReplyLanguage;
        var parts = AnswerParts.Split(entry.AnswerIn(language), _options.MaxAnswerLength);
        part = Math.Clamp(part, 1, parts.Count);
        var text = new StringBuilder();
        if (!entry.Speaks(language))
        {
            text.Append('_').Append(Preface(entry.Language)[language]).Append("_\n\n");
        }

        text.Append(entry.Kind == EntryKind.Passage ? $"> {parts[part - 1]}" : parts[part - 1]);
        if (part == parts.Count && entry.Kind != EntryKind.Passage && entry.Moment is { } moment)
        {
            text.Append("\n\n").Append(FaqText.WatchMoment.Format(language, moment.Markdown));
        }

        if (part == parts.Count && entry.TeamNoteIn(language) is { } note)
        {
            text.Append("\n\n").Append(FaqText.TeamNote.Format(language, note));
        }

        text.Append("\n\n📚 ").Append(SourceLine(entry, language));
        if (parts.Count > 1)
        {
            text.Append(CultureInfo.InvariantCulture, $" ({part}/{parts.Count})");
        }

        turn.Changes.SetTopic(Topic(entry, part));
        return new Reply
        {
            Markdown = text.ToString(),
            Buttons = part < parts.Count ? [new ReplyButton(FaqText.More[language], $"/faq {entry.Id} {part + 1}")] : [],
            Sources = [new ReplySource(entry.Title, CategoryName(entry, language), Math.Round(score, 3))],
        };
    }

    /// <summary>
    /// When the model found no answer in the passages: "I don't know from my sources", then the embedded decision's
    /// suggestions, or the out-of-scope pointer when there are none.
    /// </summary>
    public Reply NotInSources(TurnContext turn, string question, FaqDecision decision)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(decision);
        RecordUnanswered(turn, question, decision);
        if (decision.Verdict == FaqVerdict.OutOfScope || !decision.Hits.Any(h => h.Entry.Kind == EntryKind.Question))
        {
            turn.Changes.SetTopic(null);
            return Reply.Text($"{FaqText.NoAnswerFromSources[turn.ReplyLanguage]}\n\n{FaqText.OutOfScope[turn.ReplyLanguage]}") with { Confident = false };
        }

        return Suggestions(turn, FaqText.NoAnswerDidYouMean[turn.ReplyLanguage], decision.Hits);
    }

    /// <summary>Makes <paramref name="entry"/> the conversation's topic, so "more" and "and BERT?" follow from it.</summary>
    public static void Remember(TurnContext turn, KnowledgeEntry entry)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(entry);
        turn.Changes.SetTopic(Topic(entry, 1));
    }

    /// <summary>The entry and part the conversation's last FAQ answer showed, if that was its last topic.</summary>
    public (KnowledgeEntry Entry, int Part)? LastShown(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var topic = turn.State.Topic;
        if (topic is null || !topic.StartsWith(TopicPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var separator = topic.LastIndexOf('#');
        var id = separator > 0 ? topic[TopicPrefix.Length..separator] : topic[TopicPrefix.Length..];
        var part = separator > 0 && int.TryParse(topic[(separator + 1)..], CultureInfo.InvariantCulture, out var p) ? p : 1;
        return library.KnowledgeBase.Find(id) is { } entry ? (entry, part) : null;
    }

    /// <summary>How many parts the entry's answer has in <paramref name="language"/>.</summary>
    public int PartCount(KnowledgeEntry entry, BotLanguage language)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return AnswerParts.Split(entry.AnswerIn(language), _options.MaxAnswerLength).Count;
    }

    /// <summary>"Did you mean" with the best distinct questions, in the reply language when translated, as buttons that ask them.</summary>
    public static Reply Suggestions(TurnContext turn, string heading, IEnumerable<FaqHit> hits)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var language = turn.ReplyLanguage;
        var choices = hits.Where(h => h.Entry.Kind == EntryKind.Question).Take(3).ToList();
        var text = new StringBuilder(heading).Append('\n');
        for (var i = 0; i < choices.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{i + 1}. {choices[i].Entry.TitleIn(language)}");
        }

        return new Reply
        {
            Markdown = text.ToString(),
            Buttons = [.. choices.Select(c => new ReplyButton(Shorten(c.Entry.TitleIn(language), 80), $"/ask {c.Entry.TitleIn(language)}"))],
            Sources = [.. choices.Select(c => new ReplySource(c.Entry.Title, CategoryName(c.Entry, language), Math.Round(c.Score, 3)))],
            Confident = false,
        };
    }

    private void RecordUnanswered(TurnContext turn, string question, FaqDecision decision)
    {
        var record = new UnansweredQuestion(
            time.GetUtcNow(),
            turn.Message.Platform.ToString().ToLowerInvariant(),
            turn.ReplyLanguage.Code(),
            decision.Verdict.ToString(),
            Shorten(question, 500),
            decision.Best?.Entry.Id);
        turn.Changes.AppendToLog(UnansweredLog, JsonSerializer.Serialize(record, FaqJsonContext.Default.UnansweredQuestion), _options.MaxUnanswered);
    }

    /// <summary>The category's name in the reply language when the entry is shown in it, else in the entry's own.</summary>
    public static string CategoryName(KnowledgeEntry entry, BotLanguage language)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Category.Name(entry.Speaks(language) ? language : entry.Language);
    }

    /// <summary>
    /// Where the answer comes from: the transcript's moment (or lines), or the category and the original question
    /// verbatim, saying when the team translated the answer.
    /// </summary>
    private static string SourceLine(KnowledgeEntry entry, BotLanguage language)
    {
        if (entry.Kind == EntryKind.Passage && entry.Moment is { } moment)
        {
            return $"{FaqText.TranscriptSourceAt.Format(language, moment.Markdown)} — *{CategoryName(entry, language)}*";
        }

        if (entry.Position is { } position)
        {
            return $"{FaqText.TranscriptSource.Format(language, position.FirstLine, position.LastLine)} — *{CategoryName(entry, language)}*";
        }

        var line = $"{FaqText.Source[language]} *{CategoryName(entry, language)}* — « {entry.Title} »";
        return language != entry.Language && entry.Speaks(language)
            ? $"{line} ({FaqText.TranslatedByTeam.Format(language, entry.Language.NameIn(language))})"
            : line;
    }

    private static Core.Localization.LocalizedText Preface(BotLanguage entryLanguage) => entryLanguage switch
    {
        BotLanguage.Fr => FaqText.AnswerInFrench,
        BotLanguage.Zh => FaqText.AnswerInChinese,
        _ => FaqText.AnswerInEnglish,
    };

    private static string Topic(KnowledgeEntry entry, int part) => string.Create(CultureInfo.InvariantCulture, $"{TopicPrefix}{entry.Id}#{part}");

    private static string Shorten(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
