using System.Globalization;

namespace LlmTutorBot.Tests.Fuzz;

/// <summary>
/// Runs a property over generated inputs, one seed per case. The seeds are fixed (the run is the same every time)
/// unless LLMTUTORBOT_FUZZ_SEED sets the first one; LLMTUTORBOT_FUZZ_CASES changes how many. A failure names the
/// case's seed and the input, so that it can be replayed with LLMTUTORBOT_FUZZ_SEED=seed LLMTUTORBOT_FUZZ_CASES=1.
/// </summary>
internal static class Fuzz
{
    public const string SeedVariable = "LLMTUTORBOT_FUZZ_SEED";
    public const string CasesVariable = "LLMTUTORBOT_FUZZ_CASES";

    private const int DefaultFirstSeed = 20_261_123;

    public static int FirstSeed => int.TryParse(Environment.GetEnvironmentVariable(SeedVariable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed : DefaultFirstSeed;

    /// <summary>The number of cases: <paramref name="defaultCases"/> unless the environment says otherwise.</summary>
    public static int Cases(int defaultCases) =>
        int.TryParse(Environment.GetEnvironmentVariable(CasesVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var cases) && cases > 0 ? cases : defaultCases;

    /// <summary>
    /// For each case, makes an input from a fresh <see cref="FuzzMutator"/> and checks it; any exception from
    /// <paramref name="check"/> fails the test with the seed and the input.
    /// </summary>
    public static void Run<T>(string target, int defaultCases, Func<FuzzMutator, T> generate, Action<T> check, Func<T, string>? describe = null)
    {
        var first = FirstSeed;
        var cases = Cases(defaultCases);
        for (var i = 0; i < cases; i++)
        {
            var seed = unchecked(first + i);
            var input = generate(new FuzzMutator(seed));
            try
            {
                check(input);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                throw new FuzzFailureException(target, seed, Describe(input, describe), exception);
            }
        }
    }

    /// <summary>The asynchronous form of <see cref="Run{T}"/>, for HTTP targets.</summary>
    public static async Task RunAsync<T>(string target, int defaultCases, Func<FuzzMutator, T> generate, Func<T, Task> check, Func<T, string>? describe = null)
    {
        var first = FirstSeed;
        var cases = Cases(defaultCases);
        for (var i = 0; i < cases; i++)
        {
            var seed = unchecked(first + i);
            var input = generate(new FuzzMutator(seed));
            try
            {
                await check(input);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                throw new FuzzFailureException(target, seed, Describe(input, describe), exception);
            }
        }
    }

    private static string Describe<T>(T input, Func<T, string>? describe)
    {
        var text = describe?.Invoke(input) ?? input switch
        {
            byte[] bytes => Convert.ToBase64String(bytes),
            _ => input?.ToString() ?? "null",
        };
        return text.Length <= 2000 ? text : $"{text[..2000]}… ({text.Length} characters)";
    }
}
