namespace LlmTutorBot.Tests.Infrastructure;

/// <summary>The repository checkout the tests run from: tests that read files it ships find them here.</summary>
internal static class Checkout
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "LlmTutorBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No LlmTutorBot.sln above {AppContext.BaseDirectory}: these tests read the checkout.");
    }
}
