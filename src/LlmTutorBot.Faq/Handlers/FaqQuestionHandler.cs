using LlmTutorBot.Core.Replies;
using LlmTutorBot.Core.Routing;
using LlmTutorBot.Faq.Answering;
using LlmTutorBot.Faq.Retrieval;

namespace LlmTutorBot.Faq.Handlers;

/// <summary>A question written as a plain message (in a DM, or with a mention): the FAQ answers it.</summary>
public sealed class FaqQuestionHandler(FaqQuestions questions) : IIntentHandler
{
    // Greetings and thanks go to the fallback, which says what the bot can do.
    private static readonly HashSet<string> SmallTalk = new(StringComparer.Ordinal)
    {
        "hi", "hello", "hey", "thanks", "thank you", "ok", "okay", "bye", "bonjour", "salut", "coucou", "merci",
        "merci beaucoup", "au revoir", "bonsoir", "你好", "您好", "谢谢", "再见", "嗨",
    };

    public string Intent => "faq";

    public int Rank => RouteRank.Content;

    public bool CanHandle(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var text = turn.Message.Text;
        return turn.Command is null
            && !string.IsNullOrWhiteSpace(text)
            && !SmallTalk.Contains(Synonyms.Fold(text).Trim(' ', '!', '.', '?', '！', '。', '？'));
    }

    /// <summary>A confident curated answer outbids a video's transcript; an unsure or out-of-scope question does not.</summary>
    public double Bid(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return questions.Bid(turn, turn.Message.Text);
    }

    public Task<Reply> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return questions.AnswerAsync(turn, turn.Message.Text, cancellationToken);
    }
}
