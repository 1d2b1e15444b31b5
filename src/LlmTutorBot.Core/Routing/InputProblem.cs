namespace LlmTutorBot.Core.Routing;

public enum InputProblemKind
{
    Empty,
    TooLong,
}

/// <summary>Why a message cannot be handled at all; the input guard explains it to the user.</summary>
public sealed record InputProblem(InputProblemKind Kind, int Length = 0, int Limit = 0);
