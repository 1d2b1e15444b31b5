namespace LlmTutorBot.Llm.Prompts;

/// <summary>A prompt file is missing, malformed, or rendered with the wrong values: a bug to fix before shipping.</summary>
public sealed class PromptException : Exception
{
    public PromptException()
    {
    }

    public PromptException(string message) : base(message)
    {
    }

    public PromptException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
