using LlmTutorBot.Llm.Prompts;

namespace LlmTutorBot.Tests.Llm;

/// <summary>Prompt files: parsed into a system and a user part, rendered with every placeholder filled, and nothing else.</summary>
public sealed class PromptUnitTests
{
    public static TheoryData<string> PromptNames()
    {
        var data = new TheoryData<string>();
        foreach (var template in PromptLibrary.All)
        {
            data.Add(template.Name);
        }

        return data;
    }

    [Fact]
    public void The_faq_prompt_is_embedded()
    {
        var template = PromptLibrary.Get("faq-answer");

        Assert.Equal(["language", "no_answer", "nonce", "passages", "question"], template.Placeholders);
        Assert.Contains("DATA", template.System, StringComparison.Ordinal);
        Assert.Contains("{{passages}}", template.User, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(PromptNames))]
    public void Every_prompt_file_renders_with_every_placeholder_filled(string name)
    {
        var template = PromptLibrary.Get(name);
        var values = template.Placeholders.ToDictionary(p => p, p => $"«value of {p}»");

        var rendered = template.Render(values);

        Assert.False(string.IsNullOrWhiteSpace(rendered.System));
        Assert.False(string.IsNullOrWhiteSpace(rendered.User));
        Assert.DoesNotContain("{{", rendered.System + rendered.User, StringComparison.Ordinal);
        Assert.All(template.Placeholders, p => Assert.Contains($"«value of {p}»", rendered.System + rendered.User, StringComparison.Ordinal));
        Assert.Matches("^[0-9a-f]{12}$", template.Version);
    }

    [Theory]
    [MemberData(nameof(PromptNames))]
    public void Every_system_prompt_says_that_delimited_text_is_data(string name)
    {
        var template = PromptLibrary.Get(name);

        Assert.Contains("{{nonce}}", template.System, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_placeholder_value_throws_naming_it()
    {
        var template = PromptTemplate.Parse("t", "## System\nAnswer in {{language}}.\n## User\n{{question}}");

        var failure = Assert.Throws<PromptException>(() => template.Render(new Dictionary<string, string> { ["language"] = "French" }));

        Assert.Contains("{{question}}", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_no_placeholder_takes_throws()
    {
        var template = PromptTemplate.Parse("t", "## System\nBe brief.\n## User\n{{question}}");

        Assert.Throws<PromptException>(() => template.Render(new Dictionary<string, string> { ["question"] = "q", ["langauge"] = "French" }));
    }

    [Fact]
    public void Values_are_not_expanded_again()
    {
        var template = PromptTemplate.Parse("t", "notes\n\n## System\nSystem {{a}}\n\n## User\nUser {{b}}\n");

        var rendered = template.Render(new Dictionary<string, string> { ["a"] = "{{b}}", ["b"] = "two" });

        Assert.Equal("System {{b}}", rendered.System);
        Assert.Equal("User two", rendered.User);
    }

    [Fact]
    public void A_file_without_both_headings_is_refused()
    {
        Assert.Throws<PromptException>(() => PromptTemplate.Parse("t", "## User\nonly a user part"));
        Assert.Throws<PromptException>(() => PromptLibrary.Get("no-such-prompt"));
    }

    [Fact]
    public void Editing_a_prompt_changes_its_version()
    {
        var first = PromptTemplate.Parse("t", "## System\nBe brief.\n## User\n{{question}}");
        var second = PromptTemplate.Parse("t", "## System\nBe very brief.\n## User\n{{question}}");

        Assert.NotEqual(first.Version, second.Version);
    }
}
