namespace LlmTutorBot.Faq.Grounding;

/// <summary>Where a grounded answer is cached, and the tags (knowledge-base version, model) it is filed under.</summary>
public sealed record FaqAnswerKey(string Value, IReadOnlyList<string> Tags)
{
    public override string ToString() => Value;
}
