namespace LlmTutorBot.Tests.Infrastructure;

/// <summary>
/// Recorded third-party payloads in ../shared/fixtures beside the checkout (present in development and CI, absent on a
/// user's machine). Tests that replay them call <see cref="Path"/>, which skips the test with a clear message when the
/// folder is missing. The fixtures are never copied into the repository.
/// </summary>
internal static class SharedFixtures
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    /// <summary>The full path of a fixture, such as Path("discord", "discord4j-discord-json", "Hello.json"); skips the test when absent.</summary>
    public static string Path(params string[] parts)
    {
        if (Root.Value is null)
        {
            Assert.Skip("../shared/fixtures is not beside this checkout: recorded-payload tests are skipped (they run in development and CI).");
        }

        var path = System.IO.Path.Combine([Root.Value, .. parts]);
        if (!File.Exists(path))
        {
            Assert.Skip($"The fixture {path} is missing from ../shared/fixtures.");
        }

        return path;
    }

    public static string ReadText(params string[] parts) => File.ReadAllText(Path(parts));

    /// <summary>The texts of a fixture folder's files matching <paramref name="pattern"/>, none when absent (no skip: for fuzz seeds).</summary>
    public static IReadOnlyList<string> ReadAllOrNone(string pattern, params string[] folder)
    {
        var path = Root.Value is null ? null : System.IO.Path.Combine([Root.Value, .. folder]);
        return path is null || !Directory.Exists(path)
            ? []
            : [.. Directory.GetFiles(path, pattern).Order(StringComparer.Ordinal).Select(File.ReadAllText)];
    }

    /// <summary>A seed document of ../shared/seeds (the product's source content); skips the test when absent.</summary>
    public static string ReadSeed(string name)
    {
        var seeds = Root.Value is null ? null : System.IO.Path.Combine(Root.Value, "..", "seeds", name);
        if (seeds is null || !File.Exists(seeds))
        {
            Assert.Skip($"The seed {name} is not in ../shared/seeds beside this checkout: the test that compares with it is skipped.");
        }

        return File.ReadAllText(seeds);
    }

    /// <summary>Walks up from the test binaries to the folder holding LlmTutorBot.sln, then looks beside it.</summary>
    private static string? FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "LlmTutorBot.sln")))
            {
                var fixtures = System.IO.Path.GetFullPath(System.IO.Path.Combine(directory.FullName, "..", "shared", "fixtures"));
                return Directory.Exists(fixtures) ? fixtures : null;
            }
        }

        return null;
    }
}
