namespace LlmTutorBot.Tests.Fuzz;

/// <summary>A fuzz case that broke its property: the message says how to replay it.</summary>
internal sealed class FuzzFailureException(string target, int seed, string input, Exception inner)
    : Exception($"{target} failed on the case with seed {seed} (replay it: {Fuzz.SeedVariable}={seed} {Fuzz.CasesVariable}=1 dotnet test): {inner.GetType().Name}: {inner.Message}\nInput: {input}", inner)
{
    public int Seed { get; } = seed;
}
