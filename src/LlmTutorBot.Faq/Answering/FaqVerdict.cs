namespace LlmTutorBot.Faq.Answering;

/// <summary>What the FAQ does with a question.</summary>
public enum FaqVerdict
{
    /// <summary>The best entry answers it.</summary>
    Answer,

    /// <summary>Close entries exist but none clearly: offer the best three.</summary>
    DidYouMean,

    /// <summary>Nothing in the knowledge base is about it.</summary>
    OutOfScope,
}
