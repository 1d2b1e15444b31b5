using LlmTutorBot.Core.Commands;
using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Faq;
using LlmTutorBot.Tests.Infrastructure;
using LlmTutorBot.YouTube.Hosting;
using LlmTutorBot.YouTube.Player;
using Microsoft.Extensions.DependencyInjection;

namespace LlmTutorBot.Tests.Fuzz;

/// <summary>
/// Mutated command text through the bot's real catalog (every registered command), text cleaning and chapter lists:
/// a command parses, or is an error the bot explains, or is not a command; nothing throws.
/// </summary>
public sealed class TextFuzzUnitTests
{
    [Fact]
    public void Mutated_command_text_parses_into_a_command_an_error_or_nothing()
    {
        using var services = BotServices.Build(BotServices.UnreachableRedis(), addFeatures: s =>
        {
            s.AddFaq();
            s.AddYouTube();
        });
        var parser = services.GetRequiredService<CommandParser>();
        var commands = 0;
        Fuzz.Run(
            "command text",
            5000,
            fuzz => fuzz.MutateText(fuzz.Pick(FuzzSeeds.CommandTexts)),
            text =>
            {
                var cleaned = InboundText.Clean(text);
                if (parser.Parse(cleaned) is { } parsed)
                {
                    commands++;
                    Assert.True(parsed.Error is not null || parsed.Name.Length > 0, "A valid command has no name.");
                }
            });

        Assert.True(commands > 500, $"Only {commands} mutated texts were read as commands.");
    }

    [Fact]
    public void Mutated_chapter_lists_give_ordered_chapters_or_none()
    {
        Fuzz.Run(
            "video description chapters",
            3000,
            fuzz => fuzz.MutateText("Intro text\n0:00 Intro\n1:05 Tokens and embeddings\n12:10 Attention\n1:02:03 The end\nhttps://example.test"),
            text =>
            {
                var chapters = ChapterParser.FromDescription(text);
                for (var i = 1; i < chapters.Count; i++)
                {
                    Assert.True(chapters[i].Start > chapters[i - 1].Start, "Chapters are not in increasing order.");
                }
            });
    }
}
