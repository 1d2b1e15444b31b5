using LlmTutorBot.Core.Content;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Core.Routing;
using LlmTutorBot.Faq.Grounding;
using LlmTutorBot.Faq.Knowledge;

namespace LlmTutorBot.Faq.Answering;

/// <summary>
/// Answers a question in the context of the conversation: "explain more" continues the last answer, "and BERT?"
/// reuses its question with the new subject, and anything else is searched as it is. When the conversation is about a
/// video, a confident answer says where that video discusses the question (through <see cref="IVideoMoments"/>).
/// </summary>
public sealed class FaqQuestions(FaqLibrary library, FaqResponder responder, FaqGroundedAnswerer grounded, IEnumerable<IVideoMoments> moments)
{
    private readonly IVideoMoments? _moments = moments?.FirstOrDefault();

    /// <summary>A follow-up from the conversation's last answer, else the model's grounded answer (or the embedded one).</summary>
    public async Task<Reply> AnswerAsync(TurnContext turn, string question, CancellationToken cancellationToken)
    {
        if (FollowUp(turn, question) is { } followUp)
        {
            return followUp;
        }

        var reply = await grounded.AnswerAsync(turn, question, cancellationToken);
        return await WithCurrentVideoAsync(turn, question, reply, cancellationToken);
    }

    /// <summary>
    /// How well the FAQ answers <paramref name="question"/> (a <see cref="RouteBid"/>): a follow-up of its last answer
    /// is explicit, a confident entry beats a video's transcript, an unsure or out-of-scope one does not.
    /// </summary>
    public double Bid(TurnContext turn, string question)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(question);
        if (responder.LastShown(turn) is not null && (FollowUps.AsksForMore(question) || FollowUps.EllipticalSubject(question) is not null))
        {
            return RouteBid.Explicit;
        }

        return library.Decide(question).Verdict switch
        {
            FaqVerdict.Answer => RouteBid.Confident,
            FaqVerdict.DidYouMean => RouteBid.Unsure,
            _ => RouteBid.Weak,
        };
    }

    /// <summary>"The video talks about this at [m:ss]" under a confident answer, when the conversation's video has a strong passage.</summary>
    private async Task<Reply> WithCurrentVideoAsync(TurnContext turn, string question, Reply reply, CancellationToken cancellationToken)
    {
        if (_moments is null || !reply.Confident || reply.Sources.Count == 0 || turn.State.CurrentVideo is not { Length: > 0 } video)
        {
            return reply;
        }

        VideoMomentLink? moment;
        try
        {
            moment = await _moments.FindAsync(video, question, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The pointer is a bonus: the answer stands without it.
            return reply;
        }

        // An entry that already links to a moment of this video says enough.
        if (moment is null || reply.Markdown.Contains(moment.Url.Split('?')[0] + "?t=", StringComparison.Ordinal))
        {
            return reply;
        }

        var line = FaqText.CurrentVideoMoment.Format(turn.ReplyLanguage, moment.Markdown);
        var source = reply.Markdown.LastIndexOf("\n\n📚 ", StringComparison.Ordinal);
        return reply with
        {
            Markdown = source > 0 ? $"{reply.Markdown[..source]}\n\n{line}{reply.Markdown[source..]}" : $"{reply.Markdown}\n\n{line}",
        };
    }

    /// <summary>"More" or an elliptical question about the last answer; null for a new question.</summary>
    private Reply? FollowUp(TurnContext turn, string question)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var last = responder.LastShown(turn);
        if (last is { } shown && FollowUps.AsksForMore(question))
        {
            return More(turn, shown.Entry, shown.Part);
        }

        if (last is { } previous && FollowUps.EllipticalSubject(question) is { } subject)
        {
            var resolved = Resolve(previous.Entry, subject);
            if (resolved is not null)
            {
                return responder.Entry(turn, resolved, 1, 0);
            }
        }

        return last is null && FollowUps.AsksForMore(question)
            ? Reply.Text(FaqText.NothingToContinue[turn.ReplyLanguage]) with { Confident = false }
            : null;
    }

    /// <summary>The next part of the entry, or, when it was all shown, its neighbours in the same category.</summary>
    private Reply More(TurnContext turn, KnowledgeEntry entry, int part)
    {
        if (part < responder.PartCount(entry, turn.ReplyLanguage))
        {
            return responder.Entry(turn, entry, part + 1, 0);
        }

        if (entry.Kind == EntryKind.Passage)
        {
            // A transcript passage goes on with the next one.
            var entries = library.KnowledgeBase.Entries;
            var next = entries.SkipWhile(e => e.Id != entry.Id).Skip(1).FirstOrDefault();
            if (next is { Kind: EntryKind.Passage } && next.Category == entry.Category)
            {
                return responder.Entry(turn, next, 1, 0);
            }
        }

        var related = library.Index.Search(entry.Title, 8)
            .Where(h => h.Entry.Id != entry.Id && h.Entry.Kind == EntryKind.Question && h.Entry.Category == entry.Category)
            .ToList();
        return related.Count == 0
            ? Reply.Text(FaqText.NoMore[turn.ReplyLanguage])
            : FaqResponder.Suggestions(turn, FaqText.NoMoreParts[turn.ReplyLanguage], related) with { Confident = true };
    }

    /// <summary>
    /// The entry that asks the previous question about the new subject: among the hits for both together, the first
    /// that the subject alone also finds, and not the previous entry itself.
    /// </summary>
    private KnowledgeEntry? Resolve(KnowledgeEntry previous, string subject)
    {
        var bySubject = library.Index.Search(subject, 10).Select(h => h.Entry.Id).ToHashSet(StringComparer.Ordinal);
        return library.Index.Search($"{previous.Title} {subject}", 10)
            .Select(h => h.Entry)
            .FirstOrDefault(e => e.Kind == EntryKind.Question && e.Id != previous.Id && bySubject.Contains(e.Id));
    }
}
