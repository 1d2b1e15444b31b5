using System.Text;
using System.Text.RegularExpressions;
using LlmTutorBot.Tests.Infrastructure;

namespace LlmTutorBot.Tests.Docs;

/// <summary>README.md and docs/ link only to files and headings that exist, and the README stays a short front page.</summary>
public sealed partial class DocumentationLinksUnitTests
{
    public static TheoryData<string> Documents() => [.. DocumentPaths()];

    private static IEnumerable<string> DocumentPaths() =>
        Directory.GetFiles(Checkout.PathOf("docs"), "*.md").Order(StringComparer.Ordinal)
            .Select(file => Path.GetRelativePath(Checkout.Root, file).Replace('\\', '/')).Prepend("README.md");

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_relative_link_points_at_a_file_or_heading_that_exists(string document)
    {
        var path = Checkout.PathOf(document.Split('/'));
        var broken = new List<string>();

        foreach (var target in LinkTargets(File.ReadAllText(path)))
        {
            if (IsExternal(target))
            {
                continue;
            }

            var hash = target.IndexOf('#', StringComparison.Ordinal);
            var file = hash < 0 ? target : target[..hash];
            var anchor = hash < 0 ? null : target[(hash + 1)..];
            var resolved = file.Length == 0 ? path : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, Uri.UnescapeDataString(file)));

            if (!File.Exists(resolved) && !Directory.Exists(resolved))
            {
                broken.Add($"{target}: no such file");
            }
            else if (anchor is not null && (!resolved.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || !Anchors(File.ReadAllText(resolved)).Contains(anchor)))
            {
                broken.Add($"{target}: no heading '#{anchor}'");
            }
        }

        Assert.True(broken.Count == 0, $"{document} has broken links:\n" + string.Join('\n', broken));
    }

    [Fact]
    public void Every_topic_in_docs_is_linked_from_the_readme()
    {
        var readmeTargets = LinkTargets(File.ReadAllText(Checkout.PathOf("README.md"))).ToHashSet(StringComparer.Ordinal);
        var unlinked = DocumentPaths().Where(d => d.StartsWith("docs/", StringComparison.Ordinal))
            .Where(d => !readmeTargets.Contains(d)).ToList();

        Assert.True(unlinked.Count == 0, "docs/ files the README does not link: " + string.Join(", ", unlinked));
    }

    [Fact]
    public void The_readme_stays_a_front_page_a_newcomer_reads_in_minutes()
    {
        var size = Encoding.UTF8.GetByteCount(File.ReadAllText(Checkout.PathOf("README.md")));

        Assert.True(size <= 10_240, $"README.md is {size:N0} bytes; move details to a docs/ topic (about 10 KB at most).");
    }

    [Fact]
    public void Headings_become_the_anchors_github_makes()
    {
        var anchors = Anchors("# Set-up: two commands\n## The LLM (optional)\n## `/faq` and `/ask`\n## Set-up: two commands\n");

        Assert.Equal(["set-up-two-commands", "the-llm-optional", "faq-and-ask", "set-up-two-commands-1"], anchors);
    }

    private static bool IsExternal(string target) =>
        target.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || target.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

    /// <summary>Targets of inline Markdown links outside code blocks and code spans.</summary>
    private static IEnumerable<string> LinkTargets(string markdown)
    {
        var inFence = false;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            if (inFence)
            {
                continue;
            }

            foreach (Match match in InlineLink().Matches(CodeSpan().Replace(line, "")))
            {
                yield return match.Groups["target"].Value;
            }
        }
    }

    /// <summary>The anchors GitHub gives a document's headings: lower case, punctuation dropped, spaces as dashes, repeats numbered.</summary>
    private static List<string> Anchors(string markdown)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var anchors = new List<string>();
        var inFence = false;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }

            var heading = inFence ? null : Heading().Match(line);
            if (heading is null || !heading.Success)
            {
                continue;
            }

            var slug = AnchorDropped().Replace(heading.Groups["text"].Value.Trim().ToLowerInvariant(), "").Replace(' ', '-');
            var count = seen.GetValueOrDefault(slug);
            seen[slug] = count + 1;
            anchors.Add(count == 0 ? slug : $"{slug}-{count}");
        }

        return anchors;
    }

    [GeneratedRegex(@"(?<!!)\[[^\]]*\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex("`[^`]*`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+?)\s*#*\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"[^\p{L}\p{Nd}\s_-]")]
    private static partial Regex AnchorDropped();
}
